# test_saveall: with DEBUG_SAVEALL the unreachable objects go to gc.garbage instead of
# being freed.
import gc
gc.collect()
print("garbage at start:", gc.garbage)
L = []
L.append(L)
id_L = id(L)
debug = gc.get_debug()
gc.set_debug(debug | gc.DEBUG_SAVEALL)
del L
print("collect():", gc.collect())
gc.set_debug(debug)
print("len(garbage):", len(gc.garbage))
obj = gc.garbage.pop()
print("same list:", id(obj) == id_L, obj[0] is obj)
del obj[:]
print("garbage now:", gc.garbage)
