class C:
    def m(self, x):
        return x * 2
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
c = C()
m1, m2 = c.m, c.m
print(m1 is m2, m1 == m2, m1(3), C.m(c, 4))
print(m1.__self__ is c, m1.__func__ is C.m, m1.__name__, m1.__qualname__)
print(hash(m1) == hash(m2))
d = C()
print(c.m == d.m)
f = c.m
del c
print(f(5))
print(type(f).__name__, callable(f))
class D:
    def __init__(self):
        self.m = lambda: 'instance attr'
    def m(self):
        return 'method'
print(D().m())
print(repr(C.m)[:12], repr(f)[:22])
