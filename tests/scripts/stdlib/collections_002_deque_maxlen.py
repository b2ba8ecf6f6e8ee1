# deque with maxlen: items fall off the opposite end; maxlen in repr and copies.
from collections import deque

d = deque([1, 2, 3], maxlen=3)
print(d, d.maxlen)
d.append(4)
print(d)
d.appendleft(0)
print(d)
d.extend([7, 8])
print(d)
d.extendleft([10, 11])
print(d)
print(deque(range(10), maxlen=4), deque(maxlen=2), deque(range(3), 5))
z = deque([1, 2], maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))
print(deque().maxlen, d.copy(), d.copy().maxlen)
last3 = deque(maxlen=3)
for line in ['a', 'b', 'c', 'd', 'e']:
    last3.append(line)
print(list(last3))
d2 = deque([1, 2, 3], maxlen=3)
d2 += [4]
print(d2)
d2 *= 2
print(d2)
print(d2 + deque([9]), deque([1], maxlen=2) * 3)
try:
    d2.maxlen = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    d2.insert(0, 'x')
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque(maxlen='3')
except TypeError as e:
    print(type(e).__name__, e)
