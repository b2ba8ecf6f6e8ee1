print(list(range(0)), list(range(-1)), list(range(1, 0)), list(range(0, 1, -1)))
print(list(range(-10, 10, 5)), list(range(10, -10, -5)), list(range(0, 10, 20)))
r = range(3, 20, 4)
it = iter(r)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__(), next(it, 'end'))
rv = reversed(r)
print(list(rv), list(reversed(range(0))), list(reversed(range(10, 0, -3))))
import sys
m = sys.maxsize
print(list(range(m - 2, m)), list(range(-m - 1, -m + 1)), len(range(-m - 1, m)) if False else 'skip')
print(list(reversed(range(m - 3, m, 2))), list(range(m - 1, m + 2)), list(reversed(range(m - 1, m + 2))))
print(range(0, m, m // 2)[2], len(range(0, m, m // 2)))
acc = 0
for i in range(100000):
    acc += i
print(acc)
print([i for i in range(5) if i % 2], {i: i * i for i in range(4)}, set(range(3)))
print(list(zip(range(3), reversed(range(3)))))
