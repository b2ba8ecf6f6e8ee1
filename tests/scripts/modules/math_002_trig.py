# trigonometric and hyperbolic functions
import math
for x in [0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, math.pi / 2, 2.0, 10.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x))
for x in [-1.0, -0.5, 0.0, 0.5, 1.0]:
    print(x, math.asin(x), math.acos(x), math.asinh(x))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(1, 0))
print(math.acosh(1), math.acosh(10), math.atanh(0.5), math.atanh(-0.5), math.atanh(0.0))
print(math.sin(math.inf) if False else 'x', math.tanh(math.inf), math.atan(math.inf), math.sinh(-math.inf))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: math.sin(math.inf))
t(lambda: math.cos(-math.inf))
t(lambda: math.asin(2))
t(lambda: math.acos(-1.5))
t(lambda: math.acosh(0))
t(lambda: math.atanh(1))
t(lambda: math.cosh(1000))
t(lambda: math.sinh(-1000))
t(lambda: math.atan2(1))
t(lambda: math.sin('a'))
t(lambda: math.tan(None))
