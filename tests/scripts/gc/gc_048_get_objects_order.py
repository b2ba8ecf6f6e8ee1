# get_objects(0) lists the young generation in allocation order.
import gc
class Mark:
    def __init__(self, n):
        self.n = n
gc.collect()
gc.disable()
a = Mark(1)
b = Mark(2)
c = Mark(3)
young = [o.n for o in gc.get_objects(0) if type(o) is Mark]
print("young marks:", young)
gc.collect(0)
d = Mark(4)
print("gen 0:", [o.n for o in gc.get_objects(0) if type(o) is Mark])
print("gen 1:", [o.n for o in gc.get_objects(1) if type(o) is Mark])
del b
print("gen 1 after del b:", [o.n for o in gc.get_objects(1) if type(o) is Mark])
gc.enable()
