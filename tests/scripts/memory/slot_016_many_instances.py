# The footprint of many objects: a plain instance plus its attributes versus slots.
import sys
class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b
ps = [Plain(i, i) for i in range(100)]
ss = [Slotted(i, i) for i in range(100)]
print(sum(sys.getsizeof(p) for p in ps), sum(sys.getsizeof(s) for s in ss))
print(sys.getsizeof(ps) == sys.getsizeof(ss))
