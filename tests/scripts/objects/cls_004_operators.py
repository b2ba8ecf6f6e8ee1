# Operator overloading with reflected dispatch.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'V(%r, %r)' % (self.x, self.y)

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, int):
            return V(self.x + o, self.y + o)
        return NotImplemented

    def __radd__(self, o):
        return self.__add__(o)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return V(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return V(self.y, self.x)

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)

    def __mod__(self, k):
        return V(self.x % k, self.y % k)

    def __pow__(self, k, mod=None):
        return V(pow(self.x, k, mod), pow(self.y, k, mod))

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y

    def __and__(self, o):
        return 'and'

    def __or__(self, o):
        return 'or'

    def __xor__(self, o):
        return 'xor'

    def __lshift__(self, n):
        return 'lshift %d' % n

    def __rshift__(self, n):
        return 'rshift %d' % n


a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a, -a, +a, abs(b), ~a)
print(b / 2, b // 2, b % 2, a ** 2, pow(b, 2, 5), a @ b)
print(a & b, a | b, a ^ b, a << 2, a >> 3)
print(divmod(7, 2))
try:
    a + 'x'
except TypeError as e:
    print('TypeError', e)
try:
    'x' - a
except TypeError as e:
    print('TypeError', e)
try:
    a < b
except TypeError as e:
    print('TypeError', e)


class Sub(V):
    def __radd__(self, o):
        return 'Sub.__radd__'


print(a + Sub(0, 0))
print(Sub(0, 0) + a)


class Other:
    def __radd__(self, o):
        return 'Other.__radd__ with %r' % (o,)

    def __rsub__(self, o):
        return NotImplemented


print(a + Other(), 5 + Other())
try:
    5 - Other()
except TypeError as e:
    print('TypeError', e)
