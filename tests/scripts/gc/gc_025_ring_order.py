# Finalizer order around rings of several sizes.
import gc
class R:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        order.append(self.i)
order = []
gc.collect()
for n in (3, 5, 8):
    nodes = [R(i) for i in range(n)]
    for i in range(n):
        nodes[i].next = nodes[(i + 1) % n]
    del nodes
    order.clear()
    c = gc.collect()
    print(n, "nodes:", c, "collected, __del__ order", order)
# a ring built backwards
nodes = [R(i) for i in range(4)]
for i in range(4):
    nodes[i].prev = nodes[i - 1]
del nodes
order.clear()
print("backwards ring:", gc.collect(), order)
