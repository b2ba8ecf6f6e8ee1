# Sets and frozensets stay tracked even when they hold only atomic values.
import gc
gc.disable()
s = {1, 2, 3}
f = frozenset(["a", "b"])
e = set()
print(gc.is_tracked(s), gc.is_tracked(f), gc.is_tracked(e))
gc.collect()
print(gc.is_tracked(s), gc.is_tracked(f), gc.is_tracked(e))
l = [1, 2]
gc.collect()
print("list of ints after collect:", gc.is_tracked(l))
gc.enable()
