# Allocation inside finalizers run by the collector does not start a nested collection;
# what they allocate counts toward the next one.
import gc
class F:
    def __init__(self):
        self.me = self
    def __del__(self):
        junk = [F2() for i in range(10)]
        dels.append(i)
class F2:
    pass
starts = []
dels = []
i = -1
def cb(phase, info):
    if phase == "start":
        starts.append(i)
        starts.append(info["generation"])
gc.collect()
gc.freeze()
gc.set_threshold(3)
gc.collect()
gc.callbacks.append(cb)       # registered after the collection: the count is exactly 0 now
for i in range(12):
    F()
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print("collections started (index, generation):", starts)
print("finalizers ran at indexes:", dels)
print("collect():", gc.collect())
gc.unfreeze()
