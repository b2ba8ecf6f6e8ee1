# lru_cache(typed=True) separates 1, 1.0 and True; unhashable arguments and bad maxsize fail.
from functools import lru_cache


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind(1), kind.cache_info())


@lru_cache
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())
print(kind.cache_parameters(), untyped.cache_parameters())

try:
    untyped([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    untyped({'a': 1})
except TypeError as e:
    print(type(e).__name__, e)
print(untyped.cache_info())

for bad in ['x', 1.5, [1]]:
    try:
        lru_cache(bad)
    except TypeError as e:
        print(type(e).__name__, e)


@lru_cache
def boom(x):
    raise ValueError('no %d' % x)


for _ in range(2):
    try:
        boom(3)
    except ValueError as e:
        print(type(e).__name__, e)
print(boom.cache_info())
