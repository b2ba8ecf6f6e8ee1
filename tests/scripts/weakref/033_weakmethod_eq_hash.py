# WeakMethod equality: same instance and function; dead ones only equal themselves.
import weakref

class Object:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def m(self):
        pass
    def n(self):
        pass

x, y, z = Object(1), Object(1), Object(2)
a = weakref.WeakMethod(x.m)
b = weakref.WeakMethod(y.m)
c = weakref.WeakMethod(x.n)
d = weakref.WeakMethod(z.m)
print(a == b, a != b, a == c, a != c, a == d, a == x.m, a != x.m)
print(hash(a) == hash(b))
del x, y
print(a == b, a == a, a != b, a != a)
ha = hash(a)
print(ha == hash(weakref.ref(Object(1))))
