# Automatic collections reclaim cycles as they go: each young collection finds the cycles
# made since the previous one.
import gc
class C:
    def __init__(self):
        self.me = self
found = []
def cb(phase, info):
    if phase == "stop":
        found.append(info["collected"])
gc.collect()
gc.freeze()
gc.set_threshold(10)
gc.collect()
gc.callbacks.append(cb)       # registered after the collection: the count is exactly 0 now
for i in range(100):
    C()
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print("collected per automatic collection:", found)
print("left for gc.collect():", gc.collect())
gc.unfreeze()
