# Tuples are tracked when created; a collection untracks those holding only atomic objects.
import gc
gc.disable()
def make(*items):
    return tuple(items)
a = make(1, 2, "x")
b = make(1, [])
c = make(1, make(2, 3))
e = make()
print("before collect:", gc.is_tracked(a), gc.is_tracked(b), gc.is_tracked(c), gc.is_tracked(e))
gc.collect()
print("after collect:", gc.is_tracked(a), gc.is_tracked(b), gc.is_tracked(c), gc.is_tracked(e))
print("inner tuple:", gc.is_tracked(c[1]))
# A tuple holding a tracked tuple stays tracked until a later collection untracks the inner one.
d = make(make(make(1)))
gc.collect()
print("nested once:", gc.is_tracked(d), gc.is_tracked(d[0]), gc.is_tracked(d[0][0]))
gc.collect()
print("nested twice:", gc.is_tracked(d), gc.is_tracked(d[0]), gc.is_tracked(d[0][0]))
# A tuple constant of atomics is untracked from the start
print("constant:", gc.is_tracked((1, 2, 3)))
gc.enable()
