# The info dict: generation, collected, uncollectable; the same dict values for start and stop
# except the counts.
import gc
class A:
    def __init__(self):
        self.me = self
log = []
def cb(phase, info):
    log.append((phase, sorted(info.items())))
gc.collect()
gc.disable()
gc.callbacks.append(cb)
for i in range(5):
    A()
gc.collect(0)
gc.collect(2)
gc.callbacks.remove(cb)
for entry in log:
    print(entry)
print(type(gc.callbacks).__name__)
gc.enable()
