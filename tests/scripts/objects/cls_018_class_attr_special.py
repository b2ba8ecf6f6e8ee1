# __class__ reading and assignment.
class A:
    def who(self):
        return 'A'


class B:
    def who(self):
        return 'B'


a = A()
print(a.__class__ is A, a.__class__.__name__)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print('TypeError', e)
try:
    a.__class__ = 5
except TypeError as e:
    print('TypeError', e)


class S1:
    __slots__ = ('x',)


class S2:
    __slots__ = ('y',)


s = S1()
try:
    s.__class__ = S2
except TypeError as e:
    print('TypeError', e)
try:
    s.__class__ = A
except TypeError as e:
    print('TypeError', e)
try:
    (1).__class__ = bool
except TypeError as e:
    print('TypeError', e)
try:
    del a.__class__
except TypeError as e:
    print('TypeError', e)
print(int.__class__, type.__class__, (1).__class__, None.__class__)


class Sub(A):
    pass


x = Sub()
x.__class__ = A
print(type(x).__name__, x.who())
