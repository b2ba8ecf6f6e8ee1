# With the collector disabled no automatic collection runs, however many allocations.
import gc
class O:
    pass
events = []
def cb(phase, info):
    events.append(info["generation"])
gc.collect()
gc.callbacks.append(cb)
gc.set_threshold(5)
gc.disable()
keep = [O() for i in range(50)]
gc.callbacks.remove(cb)
print("while disabled:", events)
print("count passed the threshold:", gc.get_count()[0] > 5)
gc.callbacks.append(cb)
gc.enable()
O()
gc.callbacks.remove(cb)
print("first allocation after enable:", events)
gc.set_threshold(700, 10, 10)
