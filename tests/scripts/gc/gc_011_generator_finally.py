# A generator in a cycle runs its finally block when the collector finalizes it.
import gc
log = []
def worker():
    try:
        while True:
            item = yield
            log.append(item)
    finally:
        print("finally ran, log =", log)
class Holder:
    pass
h = Holder()
h.g = worker()
h.g.__next__()
h.g.send(1)
h.g.send(2)
h.self = h
gc.collect()
del h
print("deleted holder")
print("collect():", gc.collect())
