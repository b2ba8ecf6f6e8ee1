# A tracked dict is untracked by a collection once it holds only atomic values.
import gc
gc.disable()
d = {"a": []}
print("created with a list:", gc.is_tracked(d))
d["a"] = 1
print("list replaced by int:", gc.is_tracked(d))
gc.collect()
print("after collect:", gc.is_tracked(d))
d["b"] = (1, 2)
print("tuple of ints stored:", gc.is_tracked(d))
t = tuple([1, 2])
d["c"] = t
print("tracked tuple stored:", gc.is_tracked(d), gc.is_tracked(t))
gc.collect()
print("after collect:", gc.is_tracked(d), gc.is_tracked(t))
gc.enable()
