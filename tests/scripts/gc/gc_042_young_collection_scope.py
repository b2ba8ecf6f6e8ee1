# A young collection only looks at the young generations: an old cycle is untouched.
import gc
class T:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("del", self.name)
gc.collect()
gc.disable()
old = T("old")
gc.collect()         # old survives: it moves to the oldest generation
young = T("young")
del old, young
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
print("collect(2):", gc.collect(2))
mid = T("mid")
gc.collect(0)        # mid moves to generation 1
del mid
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
gc.enable()
