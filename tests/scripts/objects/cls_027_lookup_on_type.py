# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self):
        return 1


c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())


class D:
    pass


d = D()
d.__repr__ = lambda: 'instance repr'
print(repr(d).startswith('<__main__.D object'), d.__repr__())
d.__add__ = lambda o: 'x'
try:
    d + 1
except TypeError as e:
    print('TypeError', e)


class Callable:
    pass


obj = Callable()
obj.__call__ = lambda: 'called'
try:
    obj()
except TypeError as e:
    print('TypeError', e)
Callable.__call__ = lambda self: 'class call'
print(obj())


class Meth:
    def m(self):
        return 'method'


m = Meth()
m.m = lambda: 'shadowed'
print(m.m(), Meth.m(m))
del m.m
print(m.m())
bm = m.m
print(bm.__self__ is m, bm.__func__ is Meth.m, bm == m.m, bm is m.m)
f = Meth.__dict__['m']
print(f is Meth.m, f(m))
