# Automatic collection of generation 1 after threshold 1 young collections.
import gc
class O:
    pass
events = []
i = -1
def cb(phase, info):
    if phase == "start":
        events.append(i)
        events.append(info["generation"])
keep = []
gc.collect()
gc.freeze()
gc.set_threshold(4, 3)
gc.collect()           # the count starts from 0 here
gc.callbacks.append(cb)       # registered after the collection: the count is exactly 0 now
for i in range(100):
    keep.append(O())
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print([(events[k], events[k + 1]) for k in range(0, len(events), 2)])
print("count:", gc.get_count()[1:])
gc.unfreeze()
