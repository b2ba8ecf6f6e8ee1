# set_threshold(0) turns automatic collection off even while enabled.
import gc
class O:
    pass
events = []
def cb(phase, info):
    events.append(info["generation"])
gc.collect()
gc.callbacks.append(cb)
gc.set_threshold(0)
keep = [O() for i in range(1000)]
gc.callbacks.remove(cb)
print("enabled:", gc.isenabled(), "collections:", events)
gc.set_threshold(700, 10, 10)
