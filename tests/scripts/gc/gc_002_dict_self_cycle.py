# A dict holding itself as a value: one object for the collector.
import gc
gc.collect()
d = {}
d[1] = d
print("tracked:", gc.is_tracked(d))
del d
print("collect():", gc.collect())
# As a key it cannot be (dicts are unhashable), but a dict inside a list inside the dict can.
d = {"box": []}
d["box"].append(d)
del d
print("dict + list:", gc.collect())
