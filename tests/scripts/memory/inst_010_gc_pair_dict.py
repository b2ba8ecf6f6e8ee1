# With a materialised __dict__ the dict is a third object.
import gc
class P:
    def __init__(self):
        self.other = None
gc.collect()
a = P()
b = P()
a.other = b
b.other = a
a.__dict__
del a, b
print(gc.collect())
a = P()
b = P()
a.other = b
b.other = a
vars(a)
vars(b)
del a, b
print(gc.collect())
