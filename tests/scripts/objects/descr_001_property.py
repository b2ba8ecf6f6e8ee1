# property: getter, setter, deleter, doc, errors.
class C:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        """The x value."""
        return self._x

    @x.setter
    def x(self, v):
        print('set', v)
        self._x = v

    @x.deleter
    def x(self):
        print('deleting')
        del self._x

    @property
    def ro(self):
        return 'read only'


c = C()
print(c.x)
c.x = 5
print(c.x, C.x.__doc__, type(C.x).__name__)
del c.x
print('_x' in c.__dict__)
try:
    c.ro = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    del c.ro
except AttributeError as e:
    print('AttributeError', e)


class D:
    y = property()
    z = property(lambda self: 'z!', doc='zdoc')


try:
    D().y
except AttributeError as e:
    print('AttributeError', e)
print(D().z, D.z.__doc__, D.y.fget, D.z.fset)
p = property(lambda s: 1)


class E:
    pass


E.q = p
try:
    E().q = 2
except AttributeError as e:
    print('AttributeError', e)
print(C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__)
c._x = 7
print(C.__dict__['x'].__get__(None, C) is C.x, C.x.__get__(c))


class Sub(C):
    @C.x.getter
    def x(self):
        return 'sub ' + str(self._x)


s = Sub()
s.x = 9
print(s.x)


def getter(self):
    return 'kw'


k = property(fget=getter, doc='kwdoc')
print(k.__doc__, k.fget is getter)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print('TypeError', e)
print(property().__isabstractmethod__)
