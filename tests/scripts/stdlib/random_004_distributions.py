# random distributions: gauss, normalvariate, expovariate, triangular stay in range and
# average near their means.
import random

random.seed(99)
n = 4000
g = [random.gauss(10, 2) for _ in range(n)]
mean = sum(g) / n
print(9.8 < mean < 10.2)
nv = [random.normalvariate(0, 1) for _ in range(n)]
print(abs(sum(nv) / n) < 0.1)
ex = [random.expovariate(2.0) for _ in range(n)]
print(min(ex) >= 0, 0.45 < sum(ex) / n < 0.55)
tr = [random.triangular(0, 10, 2) for _ in range(n)]
print(all(0 <= v <= 10 for v in tr), 3.5 < sum(tr) / n < 4.5)
un = [random.uniform(-1, 1) for _ in range(n)]
print(all(-1 <= v <= 1 for v in un), abs(sum(un) / n) < 0.1)
bv = [random.betavariate(2, 2) for _ in range(500)]
print(all(0 <= v <= 1 for v in bv))
print(random.triangular(5, 5), random.uniform(3, 3))
hist = [0] * 6
for _ in range(6000):
    hist[random.randint(0, 5)] += 1
print(all(800 < h < 1200 for h in hist))
