# test_get_objects: a new object is in generation 0, then moves up with each collection.
import gc
def where(obj):
    return [any(obj is e for e in gc.get_objects(generation=g)) for g in (0, 1, 2)]
gc.collect()
gc.disable()
l = []
l.append(l)
print("new:", where(l))
gc.collect(generation=0)
print("after collect(0):", where(l))
gc.collect(generation=1)
print("after collect(1):", where(l))
gc.collect(generation=2)
print("after collect(2):", where(l))
print("in get_objects():", any(l is e for e in gc.get_objects()))
print("str in get_objects():", any(type(e) is str for e in gc.get_objects()))
del l
gc.collect()
gc.enable()
