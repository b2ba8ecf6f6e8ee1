# fsum, prod, hypot, dist
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([1e-16, 1, 1e16]), math.fsum(iter([0.5, 0.25])))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1]), math.fsum([math.nan, 1.0]))
print(math.fsum([2.0 ** 53, 1.0, 1e-16]), math.fsum([1.1, 2.2, 3.3]), math.fsum([-0.0, -0.0]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.prod(['a', 3], start=1) if False else math.prod([[1], 3], start=1), math.prod([], start='x'))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 1, 1, 1), math.hypot(1e200, 1e200))
print(math.hypot(1e-200, 1e-200), math.hypot(5e-324, 5e-324), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.hypot(*range(10)), math.hypot(0.1, 0.2, 0.3), math.hypot(3.0, 4.0, 12.0))
print(math.dist((1, 2), (4, 6)), math.dist([1.5, 2.5, 3.5], (4, 5, 6)), math.dist((), ()), math.dist((1,), (-2,)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: math.fsum([1e308, 1e308]))
t(lambda: math.fsum([math.inf, -math.inf]))
t(lambda: math.fsum(['a']))
t(lambda: math.fsum(5))
t(lambda: math.prod([1, 2], 3))
t(lambda: math.prod([1, 2], stop=3))
t(lambda: math.prod())
t(lambda: math.prod([1, 'a']))
t(lambda: math.hypot(3, 'a'))
t(lambda: math.dist((1, 2), (1, 2, 3)))
t(lambda: math.dist(1, 2))
