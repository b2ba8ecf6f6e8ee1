# functools.cache is an unbounded lru_cache.
from functools import cache

count = 0


@cache
def factorial(n):
    global count
    count += 1
    return n * factorial(n - 1) if n else 1


print(factorial(10), count)
print(factorial(5), count)
print(factorial(12), count)
print(factorial.cache_info())
print(factorial.cache_parameters())
print(factorial.__name__, factorial.__doc__)


@cache
def pair(a, b='x'):
    """Make a pair."""
    return (a, b)


print(pair(1), pair(1), pair(1, 'x'), pair(1, b='x'), pair.__doc__)
print(pair.cache_info())
pair.cache_clear()
print(pair.cache_info())
try:
    pair([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    cache()
except TypeError as e:
    print(type(e).__name__)
