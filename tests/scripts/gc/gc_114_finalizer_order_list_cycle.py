# Finalizers of objects found through a list in a cycle run in the collector's order; the
# list is cleared afterwards, releasing items from the last.
import gc
class T:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("del", self.n)
gc.collect()
l = [T(i) for i in range(4)]
l.append(l)
del l
print("collect():", gc.collect())
