# gc.callbacks: each callback is called with "start" and "stop" and an info dict.
import gc
visits = []
def cb1(phase, info):
    visits.append((1, phase, dict(info)))
def cb2(phase, info):
    visits.append((2, phase, dict(info)))
gc.collect()
gc.disable()
gc.callbacks.append(cb1)
gc.callbacks.append(cb2)
gc.collect()
for v in visits:
    print(v)
visits.clear()
x = []
x.append(x)
del x
gc.collect(1)
for v in visits:
    print(v)
gc.callbacks.remove(cb1)
gc.callbacks.remove(cb2)
visits.clear()
gc.collect()
print("after removal:", visits)
gc.enable()
