# random: ranges, lengths and permutation invariants (facts true for any generator).
import random

random.seed(2024)
xs = [random.random() for _ in range(1000)]
print(all(0.0 <= x < 1.0 for x in xs), len(set(xs)) > 990)
ints = [random.randint(1, 6) for _ in range(600)]
print(min(ints), max(ints), sorted(set(ints)))
rr = [random.randrange(10) for _ in range(300)]
print(min(rr) >= 0, max(rr) <= 9)
st = [random.randrange(5, 50, 5) for _ in range(300)]
print(all(v % 5 == 0 and 5 <= v < 50 for v in st))
neg = [random.randrange(10, 0, -3) for _ in range(100)]
print(sorted(set(neg)))
items = list(range(20))
shuffled = items[:]
random.shuffle(shuffled)
print(sorted(shuffled) == items, len(shuffled))
word = list('mnemo')
random.shuffle(word)
print(sorted(word))
print(random.choice('abc') in 'abc', random.choice([42]), random.choice(range(3)) in range(3))
s = random.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= v < 100 for v in s))
print(sorted(random.sample('abcde', 5)), random.sample([], 0))
big = random.sample(range(10 ** 6), 50)
print(len(set(big)))
c = random.choices('xyz', k=50)
print(len(c), set(c) <= set('xyz'))
w = random.choices(['a', 'b'], weights=[0, 1], k=10)
print(w)
cw = random.choices(['a', 'b', 'c'], cum_weights=[0, 0, 5], k=3)
print(cw)
u = [random.uniform(2, 3) for _ in range(100)]
print(all(2 <= v <= 3 for v in u))
print(random.getrandbits(0), 0 <= random.getrandbits(8) < 256, random.getrandbits(100) < 2 ** 100)
print(len(random.randbytes(7)), type(random.randbytes(2)).__name__)
counts = random.sample(['red', 'blue'], counts=[4, 2], k=6)
print(sorted(counts))
