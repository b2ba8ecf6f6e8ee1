# A young cycle referenced from an old object is not garbage for a young collection.
import gc
gc.collect()
old = []
gc.collect()           # old is now in the oldest generation
young = []
young.append(young)
old.append(young)
del young
print("collect(0):", gc.collect(0))
print("collect(2):", gc.collect(2))
old.clear()
print("after old.clear():", gc.collect())
