# compare: stderr
# An exception in a gc callback is reported as unraisable; the collection completes.
import gc
def bad(phase, info):
    if phase == "start":
        raise ValueError("bad callback")
seen = []
def good(phase, info):
    seen.append(phase)
gc.collect()
gc.callbacks.append(bad)
gc.callbacks.append(good)
x = []
x.append(x)
del x
print("collect():", gc.collect())
gc.callbacks.clear()
print(seen)
