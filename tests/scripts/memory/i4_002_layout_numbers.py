# __basicsize__, __itemsize__, __dictoffset__ and __weakrefoffset__ as CPython 3.11 reports
# them: the managed __dict__ lives in front of the object, so a plain class is 24 bytes
# (header + __weakref__) and its __dictoffset__ is the negative value CPython computes.
import sys

def show(C, *args):
    o = C(*args)
    print(C.__name__, C.__basicsize__, C.__itemsize__, C.__dictoffset__, C.__weakrefoffset__,
          sys.getsizeof(o), o.__sizeof__(), object.__sizeof__(o))

class A: pass
class A2(A): pass
class A3(A):
    __slots__ = ('p', 'q')
class N:
    __slots__ = ()
class One:
    __slots__ = ('a',)
class WithDict:
    __slots__ = ('a', '__dict__')
class WithWeak:
    __slots__ = ('a', '__weakref__')
class OnlyDict:
    __slots__ = ('__dict__',)
for C in (A, A2, A3, N, One, WithDict, WithWeak, OnlyDict):
    show(C)
for base in (str, bytes, int, float, tuple, list, dict, set, frozenset, object):
    class X(base): pass
    class Y(base): __slots__ = ()
    class Z(base): __slots__ = ('__dict__',)
    for C in (X, Y, Z):
        C.__name__ = base.__name__ + '.' + C.__name__
        show(C)
    for sl in (('a',), ('a', '__dict__'), ('__weakref__',)):
        try:
            class W(base): __slots__ = sl
        except TypeError as e:
            print(base.__name__, sl, e)
        else:
            W.__name__ = base.__name__ + str(sl)
            show(W)
