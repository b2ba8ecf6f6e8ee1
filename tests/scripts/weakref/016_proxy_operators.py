# Proxies forward the number, sequence and comparison protocols.
import weakref

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __neg__(self):
        return Num(-self.v)
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Num) else o)
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v)
    def __bool__(self):
        return self.v != 0
    def __repr__(self):
        return "Num(%d)" % self.v
    def __str__(self):
        return "num %d" % self.v
    __hash__ = None

n = Num(3)
p = weakref.proxy(n)
print(p + 1, 1 + p, -p, p < 5, p == 3, p == Num(3), int(p), float(p), bool(p))
print(str(p), [10, 20, 30, 40][p], hex(p))
q = p
q += 2
print(q is n, n.v)
m = Num(7)
pm = weakref.proxy(m)
print(p + pm, p < pm)
