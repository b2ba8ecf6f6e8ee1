# lru_cache eviction order with small maxsize, maxsize=0, maxsize=None and negative sizes.
from functools import lru_cache

log = []


@lru_cache(maxsize=2)
def f(x):
    log.append(x)
    return x * 10


for v in [1, 2, 1, 3, 2, 1, 1, 3]:
    f(v)
print(log)
print(f.cache_info())

log.clear()


@lru_cache(maxsize=3)
def g(x):
    log.append(x)
    return -x


for v in [1, 2, 3, 1, 4, 2, 3, 1, 5, 1]:
    g(v)
print(log, g.cache_info())


@lru_cache(maxsize=0)
def h(x):
    return x


h(1)
h(1)
print(h.cache_info(), h.cache_parameters())


@lru_cache(maxsize=None)
def u(x):
    return x


for i in range(100):
    u(i % 50)
print(u.cache_info(), u.cache_parameters())


@lru_cache(maxsize=-5)
def neg(x):
    return x


neg(1)
neg(1)
print(neg.cache_info())


class Thing:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=4)
    def double(self, k):
        return self.n * 2 * k


t = Thing(3)
print(t.double(1), t.double(1), t.double(2), Thing.double.cache_info())
