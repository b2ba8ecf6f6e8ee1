# compare: stderr
# DEBUG_UNCOLLECTABLE reports nothing for cycles with __del__ since PEP 442: they are
# collectable, and gc.garbage stays empty.
import gc
class F:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("F finalized")
gc.collect()
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
F()
print("collect():", gc.collect())
gc.set_debug(0)
print("garbage:", gc.garbage)
