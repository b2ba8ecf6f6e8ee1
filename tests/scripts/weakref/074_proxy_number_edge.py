# More proxy protocol: divmod, pow, matmul, index, reversed, bytes, in-place on immutables.
import weakref

class V:
    def __init__(self, v):
        self.v = v
    def __divmod__(self, o):
        return ("divmod", self.v, o)
    def __pow__(self, o, m=None):
        return ("pow", self.v, o, m)
    def __matmul__(self, o):
        return ("matmul", self.v, o)
    def __rmatmul__(self, o):
        return ("rmatmul", o, self.v)
    def __truediv__(self, o):
        return ("truediv", o)
    def __floordiv__(self, o):
        return ("floordiv", o)
    def __mod__(self, o):
        return ("mod", o)
    def __lshift__(self, o):
        return ("lshift", o)
    def __and__(self, o):
        return ("and", o)
    def __invert__(self):
        return ("invert",)
    def __abs__(self):
        return ("abs",)
    def __reversed__(self):
        return iter("cba")
    def __bytes__(self):
        return b"bytes!"
    def __index__(self):
        return 2

v = V(5)
p = weakref.proxy(v)
print(divmod(p, 3), pow(p, 2), pow(p, 2, 7), p ** 3)
print(p @ 1, 1 @ p, p / 2, p // 2, p % 2, p << 1, p & 1, ~p, abs(p))
print(list(reversed(p)), bytes(p), "abcd"[p], bin(p))
print(operator_index := __import__("operator").index(p))
