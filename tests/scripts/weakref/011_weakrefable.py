# Which objects accept weak references.
import weakref, sys

def gen():
    yield 1

class A:
    def m(self):
        pass

class SW:
    __slots__ = ("a", "__weakref__")

class L(list):
    pass

class D(dict):
    pass

class St(str):
    pass

class E(Exception):
    pass

objs = [set(), frozenset({1}), gen, gen(), A, A(), A().m, SW(), L(), D(), St("x"), E(),
        len, gen.__code__, sys, type, int, weakref.ref]
for o in objs:
    r = weakref.ref(o)
    print(type(o).__name__, r() is o)
