# Automatic collection: a young collection starts when the allocation count passes
# threshold 0. The callback records only ints (it must not allocate tracked objects itself),
# and everything is printed at the end. gc.freeze() first moves the interpreter's own objects
# out of the way, so that only this program's objects take part.
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
gc.set_threshold(5)
gc.collect()           # the count starts from 0 here
gc.callbacks.append(cb)       # registered after the collection: the count is exactly 0 now
for i in range(40):
    keep.append(O())
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print("collections (allocation index, generation):")
print([(events[k], events[k + 1]) for k in range(0, len(events), 2)])
print("count:", gc.get_count()[1:])
gc.unfreeze()
