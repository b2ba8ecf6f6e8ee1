# Deallocations lower the count, so allocating and freeing in a loop never triggers.
import gc
class O:
    pass
events = []
def cb(phase, info):
    events.append(info["generation"])
keep = []
o = None
gc.collect()
gc.freeze()
gc.set_threshold(10)
gc.collect()
gc.callbacks.append(cb)       # registered after the collection: the count is exactly 0 now
for i in range(1000):
    o = O()
n_free = len(events)
for i in range(25):
    keep.append(O())
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print("1000 short-lived objects:", n_free, "collections")
print("25 kept objects:", len(events) - n_free, "collections")
gc.unfreeze()
