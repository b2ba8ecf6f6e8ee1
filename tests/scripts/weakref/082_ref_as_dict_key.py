# References as dict keys: the cached hash keeps working after the referent dies.
import weakref

class A:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, A) and self.n == other.n

a1, a2 = A(1), A(2)
d = {weakref.ref(a1): "one", weakref.ref(a2): "two"}
print(d[weakref.ref(a1)], d.get(weakref.ref(A(2))))
keys = list(d)
del a1
print(keys[0]() is None, d[keys[0]], weakref.ref(A(1)) in d)
