# get_referents lists what tp_traverse visits: lists and tuples from the end, dicts in order
# (key then value), instances through their attribute values.
import gc
print("list:", gc.get_referents([1, 3, 5]))
print("tuple:", gc.get_referents((1, 3, 5)))
print("dict:", gc.get_referents({1: 3, 5: 7}))
print("several:", gc.get_referents([1, 2], {3: 4}, (0, 0, 0)))
print("atomics:", gc.get_referents(1, "a", 4.5, None))
print("empty:", gc.get_referents())
print("nested:", gc.get_referents([[1], (2,), {3: 4}]))
s = frozenset(["only"])
print("frozenset of one:", gc.get_referents(s))
