# freeze() empties every generation: the young list and the counts start over.
import gc
class T:
    pass
gc.collect()
gc.disable()
objs = [T() for i in range(10)]
gc.collect(0)
gc.freeze()
print("T in gen 0 after freeze:", sum(1 for o in gc.get_objects(0) if type(o) is T))
print("T in gen 1 after freeze:", sum(1 for o in gc.get_objects(1) if type(o) is T))
print("counts after freeze:", gc.get_count()[1:])
print("T frozen, not in gen 2:", any(type(o) is T for o in gc.get_objects(2)))
gc.unfreeze()
print("T back in gen 2:", sum(1 for o in gc.get_objects(2) if type(o) is T))
for bad in (1, None):
    try:
        gc.freeze(bad)
    except TypeError as e:
        print("TypeError:", e)
gc.enable()
