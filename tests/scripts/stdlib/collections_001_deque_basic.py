# collections.deque: both ends, indexing, iteration, len, bool, containment.
from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), d[0], d[-1], d[1], bool(d))
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
d.extendleft('ab')
print(d, list(d), list(reversed(d)))
print(2 in d, 9 in d, 'a' in d)
d[0] = 'B'
d[-1] = 50
print(d)
del d[1]
del d[-1]
print(d)
d.insert(1, 'ins')
d.insert(-1, 'near-end')
d.insert(100, 'end')
print(d)
print(d.count(3), d.count('zz'), d.index(3), d.index('end'))
d.remove('ins')
print(d)
d.reverse()
print(d)
c = d.copy()
c.append('copy only')
print(d == c, len(d), len(c), type(c).__name__)
d.clear()
print(d, len(d))
big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
for i in range(1500):
    big.popleft()
print(len(big), big[0], big[-1], sum(big))
for i in range(400):
    big.pop()
print(len(big), list(big)[:5])
print(deque('hello'), deque(range(5)), deque((1, 2)), deque({'k': 1}))
