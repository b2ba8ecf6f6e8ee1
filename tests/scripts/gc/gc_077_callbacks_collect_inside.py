# A callback that calls gc.collect() does not start a nested collection.
import gc
log = []
def cb(phase, info):
    log.append((phase, gc.collect()))
gc.collect()
gc.disable()
gc.callbacks.append(cb)
x = []
x.append(x)
del x
print("collect():", gc.collect())
gc.callbacks.remove(cb)
print(log)
gc.enable()
