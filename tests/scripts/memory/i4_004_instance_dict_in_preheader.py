# The instance dict words sit in front of the object: attributes, __dict__, vars, deletion,
# __class__ assignment and slots next to a __dict__ all still work, and sizes do not change
# when the dict is materialised.
import sys

class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b
class Q(P):
    __slots__ = ('s',)
class R:
    __slots__ = ('x', '__dict__', '__weakref__')

p = P(1, 2)
print(sys.getsizeof(p), p.a, p.b)
d = p.__dict__
print(d, d is p.__dict__, sys.getsizeof(p), sys.getsizeof(d))
p.c = 3
del p.a
print(vars(p), hasattr(p, 'a'))
q = Q(5, 6)
q.s = 7
print(q.a, q.b, q.s, q.__dict__, sys.getsizeof(q), Q.__basicsize__, Q.__dictoffset__)
r = R()
r.x = 1
r.y = 2
print(r.x, r.y, r.__dict__, sys.getsizeof(r), R.__basicsize__, R.__dictoffset__)
class P2:
    pass
p2 = P2()
p2.k = 'v'
p2.__class__ = P
print(type(p2).__name__, p2.k, p2.__dict__)
many = [P(i, -i) for i in range(5)]
print(sum(m.a + m.b for m in many), [sys.getsizeof(m) for m in many])
