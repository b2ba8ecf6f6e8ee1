# functools.lru_cache used bare and called: hits, misses, cache_info, cache_clear.
from functools import lru_cache


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30))
info = fib.cache_info()
print(info)
print(info.hits, info.misses, info.maxsize, info.currsize)
print(type(info).__name__, info._fields, isinstance(info, tuple))
print(fib.cache_parameters())
print(fib.__name__, fib.__wrapped__.__name__, fib.__wrapped__(1))
fib.cache_clear()
print(fib.cache_info())
print(fib(10), fib.cache_info())

calls = []


@lru_cache()
def square(x):
    calls.append(x)
    return x * x


print([square(i % 3) for i in range(9)], calls, square.cache_info())
print(square(2.0), square.cache_info().hits)


@lru_cache(maxsize=32)
def add(a, b=1, *, c=0):
    calls.append((a, b, c))
    return a + b + c


calls.clear()
print(add(1), add(1), add(1, 1), add(1, b=1), add(a=1), add(1, c=5), add(1, c=5))
print(calls)
print(add.cache_info(), add.cache_parameters())
