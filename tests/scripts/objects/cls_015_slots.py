# __slots__: layout, errors, '__dict__' and '__weakref__' entries, inheritance.
import sys


class S:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


s = S()
print(s.a, hasattr(s, 'b'))
try:
    s.b
except AttributeError as e:
    print('AttributeError', e)
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    s.__dict__
except AttributeError as e:
    print('AttributeError', e)
s.b = 2
print(s.b)
del s.b
try:
    del s.b
except AttributeError as e:
    print('AttributeError', e)
print(type(S.a).__name__, repr(S.a), S.__slots__)
print(sys.getsizeof(S()), sys.getsizeof(object()))


class P:
    pass


print(sys.getsizeof(P()))


class WithDict:
    __slots__ = ('x', '__dict__')


w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.__dict__)


class One:
    __slots__ = 'only'


print(One.__slots__, type(One.only).__name__)


class Child(S):
    __slots__ = ('c',)


ch = Child()
ch.c = 5
print(ch.a, ch.c, sys.getsizeof(ch))


class Free(S):
    pass


f = Free()
f.zzz = 1
print(f.zzz, f.a)
for bad in [('x',), 5, (5,), ('__dict__', '__dict__'), ('a b',)]:
    try:
        class W:
            __slots__ = bad
            x = 1
    except Exception as e:
        print(type(e).__name__, e)
try:
    class IntSlots(int):
        __slots__ = ('a',)
except TypeError as e:
    print('TypeError', e)


class T(S):
    __slots__ = ()


try:
    class D2(WithDict):
        __slots__ = ('__dict__',)
except TypeError as e:
    print('TypeError', e)


class Priv:
    __slots__ = ('__p', 'q')

    def __init__(self):
        self.__p = 1

    def get(self):
        return self.__p


print(Priv().get(), sorted(k for k in Priv.__dict__ if not k.startswith('__')))


class A1:
    __slots__ = ('a',)


class B1:
    __slots__ = ('b',)


try:
    class AB(A1, B1):
        pass
except TypeError as e:
    print('TypeError', e)


class Empty:
    __slots__ = ()


print(sys.getsizeof(Empty()))
try:
    Empty().x = 1
except AttributeError as e:
    print('AttributeError', e)
