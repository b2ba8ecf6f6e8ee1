# Under DEBUG_SAVEALL the saved objects stay alive; deleting gc.garbage's items frees them.
import gc
class T:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("del", self.n)
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
T(1)
T(2)
print("collect():", gc.collect())
print("saved:", [t.n for t in gc.garbage])
print("collect() again:", gc.collect(), len(gc.garbage))
gc.set_debug(0)
for t in gc.garbage:
    t.me = None
del t
print("breaking the cycles, then clearing garbage")
gc.garbage.clear()
print("end")
