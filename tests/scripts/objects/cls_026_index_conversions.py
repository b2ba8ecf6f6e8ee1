# __index__, __int__, __float__ used by builtins.
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


lst = list(range(10))
print(lst[I(3)], lst[I(1):I(4)], hex(I(255)), bin(I(5)), oct(I(8)))
print(range(I(3)), list(range(I(2), I(5))), 'ab' * I(3), [0] * I(2))
print(int(I(7)) if hasattr(int, '__index__') else 'x')


class N:
    def __int__(self):
        return 42

    def __float__(self):
        return 2.5


print(int(N()), float(N()))


class BadIndex:
    def __index__(self):
        return 'no'


try:
    [1, 2][BadIndex()]
except TypeError as e:
    print('TypeError', e)
try:
    [1, 2][N()]
except TypeError as e:
    print('TypeError', e)


class BadInt:
    def __int__(self):
        return 1.5


try:
    int(BadInt())
except TypeError as e:
    print('TypeError', e)


class BadFloat:
    def __float__(self):
        return 1


try:
    float(BadFloat())
except TypeError as e:
    print('TypeError', e)


class Neg:
    def __neg__(self):
        return 'negated'

    def __abs__(self):
        return 'absolute'

    def __round__(self, n=None):
        return 'rounded %s' % n


print(-Neg(), abs(Neg()), round(Neg()), round(Neg(), 2))
try:
    -object()
except TypeError as e:
    print('TypeError', e)
try:
    abs(object())
except TypeError as e:
    print('TypeError', e)
try:
    ~object()
except TypeError as e:
    print('TypeError', e)
