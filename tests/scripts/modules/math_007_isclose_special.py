# isclose, gamma, lgamma, erf, erfc
import math
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.0001), math.isclose(1, 1.0001, rel_tol=1e-3))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf), math.isclose(a=1, b=1))
for x in [0.5, 1, 1.5, 2, 3, 4.5, 5.5, 10, 23, 24, 30.5, 100.5, 170.5, -0.5, -1.5, -2.5, 1e-25, -150.5]:
    print(x, math.gamma(x), math.lgamma(x))
for x in [0, 0.1, 0.5, 1, 2, 3.5, -0.3, -2, 10, 30]:
    print(x, math.erf(x), math.erfc(x))
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf), math.erf(math.inf), math.erfc(-math.inf))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: math.gamma(0))
t(lambda: math.gamma(-1.0))
t(lambda: math.gamma(-math.inf))
t(lambda: math.gamma(200))
t(lambda: math.gamma(172))
t(lambda: math.lgamma(0))
t(lambda: math.lgamma(-2))
t(lambda: math.lgamma(1e308))
t(lambda: math.isclose(1, 1.0000000001, rel_tol=-1))
t(lambda: math.isclose(1, 2, 3))
t(lambda: math.isclose(1))
t(lambda: math.isclose(1, 2, foo=3))
t(lambda: math.isclose('a', 1))
