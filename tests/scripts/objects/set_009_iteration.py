# iteration, size change during iteration, length hint
s = {1, 2, 3}
it = iter(s)
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__())
s.add(10)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
s = set(range(5))
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
s = set(range(5))
for x in s:
    s.discard(x)
    s.add(x + 100)
    break
print(s)
s = {1, 2}
it = iter(s)
print(list(it), list(it))
print(list(iter(frozenset('xyz'))) == list(frozenset('xyz')))
print(sum({1, 2, 3}), max({4, 9, 2}), min(frozenset({4, 9, 2})), sorted({3, 1, 2}))
print(list(enumerate({'a'})), list(zip({1}, {2})))
s = set(range(3))
try:
    for x in s:
        s.add(x)
    print('no change ok', s)
except RuntimeError as e:
    print(type(e).__name__, e)
