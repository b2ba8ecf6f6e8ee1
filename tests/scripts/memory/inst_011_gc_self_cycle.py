# Self-referencing instances, several at once.
import gc
class N:
    pass
gc.collect()
for k in range(3):
    n = N()
    n.me = n
del n
print(gc.collect())
ring = [N() for i in range(5)]
for i in range(5):
    ring[i].next = ring[(i + 1) % 5]
del ring
print(gc.collect())
