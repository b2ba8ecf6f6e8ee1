# Since Python 3.4 (PEP 442) objects with __del__ in a cycle are collected: every __del__
# runs once, then the cycle is broken. Nothing lands in gc.garbage.
import gc
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalizing", self.name, "- partner still there:", self.partner.name)
gc.collect()
a = Res("a")
b = Res("b")
a.partner = b
b.partner = a
del a, b
print("collect():", gc.collect())
print("gc.garbage:", gc.garbage)
