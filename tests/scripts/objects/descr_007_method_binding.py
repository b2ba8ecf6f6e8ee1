# Functions as descriptors: bound methods, unbound access, identity and equality.
class C:
    def m(self, x=1):
        return (type(self).__name__, x)

    def __eq__(self, o):
        return True

    __hash__ = object.__hash__


c = C()
bm = c.m
print(bm(), bm(5), C.m(c, 2), bm.__self__ is c, bm.__func__ is C.m)
print(c.m == c.m, c.m is c.m, C.m is C.m, C().m == C().m)
print(type(bm).__name__, type(C.m).__name__, bm.__name__, bm.__qualname__)
f = C.__dict__['m']
print(f.__get__(c)(), f.__get__(None, C) is f)
print(C.m.__get__(c, C)())
print(len.__self__ is not None, [].append.__self__ == [])


class D:
    pass


def free(self):
    return 'free ' + type(self).__name__


D.free = free
print(D().free(), free(D()))
d = D()
d.attr_func = free
try:
    d.attr_func()
except TypeError as e:
    print('TypeError', e)
print(d.attr_func(d))
g = (lambda self: 'lambda method')
D.g = g
print(D().g())
