# tee and zip_longest.
from itertools import tee, zip_longest, count, islice

a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
a, b, c = tee('xyz', 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee('ab', 0), len(tee('a', 5)))
x, y = tee(count())
print(list(islice(x, 3)), list(islice(y, 5)))
try:
    tee('a', -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    tee(5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(zip_longest('abc', 'x', fillvalue='-')))
print(list(zip_longest('ab', [1, 2, 3, 4])), list(zip_longest()), list(zip_longest('', '')))
print(list(zip_longest(range(2), 'abc', [True], fillvalue=0)))
print(list(zip_longest('abc')))
try:
    zip_longest(1)
except TypeError as e:
    print(type(e).__name__, e)
