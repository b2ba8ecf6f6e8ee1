# float methods
print((1.5).is_integer(), (2.0).is_integer(), float('inf').is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (2.5).as_integer_ratio(), (-0.75).as_integer_ratio())
print((0.1).as_integer_ratio(), (1e20).as_integer_ratio(), (0.0).as_integer_ratio())
print((3.0).as_integer_ratio(), (5e-324).as_integer_ratio()[0], (1e300).as_integer_ratio()[1])
print((1.5).conjugate(), (1.5).real, (1.5).imag, (-2.0).real)
print((2.7).__trunc__(), (-2.7).__trunc__(), (2.7).__floor__(), (-2.7).__floor__())
print((2.2).__ceil__(), (-2.2).__ceil__(), (3.9).__int__(), (3.9).__float__())
print((1.5).__getnewargs__(), (0.0).__bool__(), (0.1).__bool__(), (-3.5).__abs__())
print(int(3.99), int(-3.99), int(1e20), int(-0.5), float(7), float(-0.0), bool(0.0), bool(-0.0))
print((1.25).__add__(1), (1.25).__radd__(1), (1.25).__sub__(1), (1.25).__rsub__(1))
print((3.0).__truediv__(2), (3.0).__rtruediv__(2), (7.0).__mod__(2), (7.0).__rmod__(2))
print((2.0).__pow__(3), (2.0).__rpow__(3), (2.0).__add__('x'), (2.0).__eq__(2), (2.0).__lt__(3))
print((7.5).__floordiv__(2), (7.5).__divmod__(2), (7.5).__rdivmod__(20), (1.5).__neg__())
import math
print(math.trunc(2.5), math.floor(-2.5), math.ceil(-2.5), type(math.floor(2.5)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: float('inf').as_integer_ratio())
t(lambda: float('nan').as_integer_ratio())
t(lambda: (1.5).is_integer(1))
t(lambda: (1.5).real.imag)
