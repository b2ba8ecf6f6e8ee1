# Order of __del__ in an unreachable pair depends on the collector's list order.
import gc
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
gc.collect()
a = Node("A")
b = Node("B")
a.ref = b
b.ref = a
del a, b
gc.collect()
print("--- created in the other order")
b = Node("B")
a = Node("A")
a.ref = b
b.ref = a
del b, a
gc.collect()
print("--- one finalizer only")
class Plain:
    pass
p = Plain()
n = Node("N")
p.n = n
n.p = p
del p, n
print(gc.collect())
