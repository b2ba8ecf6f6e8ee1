# Instances, closures, bound methods, cells and generators each count as one allocation.
import gc
class P:
    def m(self):
        pass
def gen():
    yield 1
def outer():
    v = 1
    def inner():
        return v
    return inner
gc.disable()
gc.collect()
gc.get_count()
n0 = gc.get_count()[0]
p = P()
n1 = gc.get_count()[0]
m = p.m
n2 = gc.get_count()[0]
g = gen()
n3 = gc.get_count()[0]
f = outer()
n4 = gc.get_count()[0]
del p, m, g
n5 = gc.get_count()[0]
print("instance:", n1 - n0)
print("bound method:", n2 - n1)
print("generator:", n3 - n2)
print("closure (function, cell, tuple of cells):", n4 - n3)
print("instance, method and generator deleted:", n5 - n4)
gc.enable()
