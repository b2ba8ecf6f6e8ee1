# Reflected operand priority: a subclass overriding the reflected method goes first.
class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return 'Base.__add__'

    def __radd__(self, o):
        return 'Base.__radd__'

    def __lt__(self, o):
        return 'Base.__lt__'

    def __gt__(self, o):
        return 'Base.__gt__'

    def __eq__(self, o):
        return 'Base.__eq__'

    __hash__ = None


class Derived(Base):
    def __radd__(self, o):
        return 'Derived.__radd__'

    def __gt__(self, o):
        return 'Derived.__gt__'


b, d = Base(1), Derived(2)
print(b + d, d + b, b + b, 1 + b, b + 1)
print(b < d, d < b, b < b, 1 < b)
print(b == d, d == b)


class NoOverride(Base):
    pass


n = NoOverride(3)
print(b + n, n + b, b < n)


class RAddOnly:
    def __radd__(self, o):
        return 'RAddOnly.__radd__'


print([1] + RAddOnly() if False else 'skip', 1 + RAddOnly(), 'a' + RAddOnly())


class IntLike(int):
    def __radd__(self, o):
        return 'IntLike.__radd__'

    def __add__(self, o):
        return 'IntLike.__add__'


print(1 + IntLike(2), IntLike(2) + 1, 1.5 + IntLike(3))


class Both:
    def __sub__(self, o):
        return NotImplemented

    def __rsub__(self, o):
        return NotImplemented


try:
    Both() - Both()
except TypeError as e:
    print('TypeError', e)
