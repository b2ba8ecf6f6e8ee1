# user __eq__/__hash__ in sets, including mutation during comparison
class K:
    def __init__(self, v, h=7):
        self.v = v
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print('eq', self.v, getattr(other, 'v', other))
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return 'K(%r)' % self.v
s = {K(1)}
print(K(1) in s, K(2) in s)
s.add(K(1))
s.add(K(2))
print(len(s))
s.discard(K(1))
print(s)
class M:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return 3
    def __eq__(self, other):
        self.s.clear()
        return False
t = set()
t.add(M(t))
print(M(set()) in t, len(t))
t.add(M(t))
print(len(t))
class Boom:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise ValueError('boom')
b = {Boom()}
try:
    Boom() in b
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.add(Boom())
except ValueError as e:
    print(type(e).__name__, e)
print(len(b))
