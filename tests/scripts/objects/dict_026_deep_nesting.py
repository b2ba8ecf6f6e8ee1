# deeply nested dicts and frozensets: freeing, repr and == hit the recursion limit
f = frozenset()
for i in range(200000):
    f = frozenset([f])
del f
print('sets ok')
d = {}
for i in range(200000):
    d = {'n': d}
del d
print('dicts ok')
d = {}
cur = d
for i in range(200000):
    cur[1] = {}
    cur = cur[1]
del d, cur
print('dicts2 ok')
d = {}
for i in range(100000):
    d = {'n': d}
try:
    repr(d)
except RecursionError as e:
    print('RecursionError', e)
s = frozenset()
for i in range(100000):
    s = frozenset([s])
try:
    repr(s)
except RecursionError as e:
    print('RecursionError', e)
a = {}
b = {}
for i in range(50000):
    a = {1: a}
    b = {1: b}
try:
    print(a == b)
except RecursionError as e:
    print('RecursionError', e)
