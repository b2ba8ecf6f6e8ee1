# Objects finalized and resurrected are neither collected nor uncollectable in the stop info.
import gc
saved = []
class Z:
    def __init__(self):
        self.me = self
    def __del__(self):
        saved.append(self)
class A:
    def __init__(self):
        self.me = self
log = []
def cb(phase, info):
    if phase == "stop":
        log.append((info["generation"], info["collected"], info["uncollectable"]))
gc.collect()
gc.disable()
gc.callbacks.append(cb)
Z()
A()
A()
gc.collect()
saved.clear()
gc.collect()
gc.callbacks.remove(cb)
print(log)
gc.enable()
