# Class attribute mutation updates behaviour; special methods added after creation.
class C:
    pass


c = C()
C.f = lambda self: 'f called'
print(c.f())
C.__len__ = lambda self: 7
print(len(c))
C.__repr__ = lambda self: 'C!'
print(repr(c), [c])
C.__add__ = lambda self, o: 'added'
print(c + 1)
del C.__add__
try:
    c + 1
except TypeError as e:
    print('TypeError', e)
C.__eq__ = lambda self, o: True
print(c == 5)
C.__getitem__ = lambda self, k: k * 2
print(c[21])


class D(C):
    pass


d = D()
print(len(d), d[2], repr(d))
C.__len__ = lambda self: 3
print(len(d))
D.__len__ = lambda self: 99
print(len(d), len(c))
del D.__len__
print(len(d))
C.x = 1
print(D.x, d.x)
try:
    int.x = 1
except TypeError as e:
    print('TypeError', e)
try:
    del int.real
except TypeError as e:
    print('TypeError', e)
try:
    object.foo = 1
except TypeError as e:
    print('TypeError', e)
try:
    del C.nope
except AttributeError as e:
    print('AttributeError', e)
C.__name__ = 'Renamed'
print(C.__name__, C.__qualname__, repr(C))
C.__qualname__ = 'Q.C'
print(repr(C))
try:
    C.__name__ = 5
except TypeError as e:
    print('TypeError', e)
