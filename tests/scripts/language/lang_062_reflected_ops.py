class M:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, M):
            return M(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        return M(o + self.v)
    def __sub__(self, o):
        return M(self.v - (o.v if isinstance(o, M) else o))
    def __rsub__(self, o):
        return M(o - self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __repr__(self):
        return 'M(%r)' % self.v
print(M(1) + M(2), 5 + M(1), 10 - M(3), M(10) - 4)
m = M(1)
same = m
m += 5
print(m, m is same)
print(sum([M(1), M(2)], M(0)))
try:
    M(1) * 2
except TypeError as e:
    print(e)
try:
    M(1) + 'x'
except TypeError as e:
    print(e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v
print(Cmp(1) < Cmp(2), Cmp(2) > Cmp(1), Cmp(1) == Cmp(1), Cmp(1) != Cmp(2))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print(e)
