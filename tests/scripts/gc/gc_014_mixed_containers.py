# A cycle through several kinds of containers: list -> dict -> instance -> tuple -> list,
# then a set and a frozenset hanging off a list <-> instance pair.
import gc
class Box:
    pass
gc.collect()
lst = []
d = {"l": lst}
b = Box()
b.d = d
t = (b, 1, "x")
lst.append(t)
del lst, d, b, t
print("list+dict+instance+tuple:", gc.collect())
s = set()
f = frozenset([1, 2])
l2 = [s, f]
fs_holder = Box()
fs_holder.l = l2
l2.append(fs_holder)
del s, f, l2, fs_holder
print("set and frozenset of atomics aside:", gc.collect())
