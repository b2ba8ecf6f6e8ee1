# Callbacks report the generation of automatic collections and what they collected.
import gc
class C:
    def __init__(self):
        self.me = self
stops = []
def cb(phase, info):
    if phase == "stop":
        stops.append(info["generation"])
        stops.append(info["collected"])
gc.collect()
gc.freeze()
gc.set_threshold(20, 2)
gc.collect()
gc.callbacks.append(cb)
for i in range(80):
    C()
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print([(stops[k], stops[k + 1]) for k in range(0, len(stops), 2)])
print("collect():", gc.collect())
gc.unfreeze()
