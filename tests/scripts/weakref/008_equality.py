# Live refs compare by their referents; once either is dead, by identity.
import weakref

class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, A) and self.v == other.v
    __hash__ = object.__hash__

a, b, c = A(1), A(1), A(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, ra != rc)
print(ra == a, ra.__eq__(a), ra.__lt__(rb))
try:
    ra < rb
except TypeError as e:
    print("TypeError:", e)
del a
print(ra == rb, ra != rb, ra == ra, ra != ra)
rd = ra
print(ra == rd)
