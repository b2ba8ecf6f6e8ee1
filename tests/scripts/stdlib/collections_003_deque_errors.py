# deque errors: empty pops, bad indices, missing values, mutation during iteration.
from collections import deque

for op in ('pop', 'popleft'):
    try:
        getattr(deque(), op)()
    except IndexError as e:
        print(op, type(e).__name__, e)
d = deque([1, 2, 3])
for i in (3, -4, 100):
    try:
        d[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    d[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del d[7]
except IndexError as e:
    print(type(e).__name__, e)
try:
    d['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.index(1, 1)
except ValueError as e:
    print(type(e).__name__, e)
print(d.index(3, -1), d.index(2, 0, 2))
try:
    d.remove('x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
try:
    hash(deque())
except TypeError as e:
    print(type(e).__name__)
try:
    deque([1]) + [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    deque(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    deque([1]) < [1]
except TypeError as e:
    print(type(e).__name__)
