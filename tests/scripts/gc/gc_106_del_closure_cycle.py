# A finalizer object kept in a closure that refers back to it: PEP 442 collects it.
import gc
class Resource:
    def __init__(self, name):
        self.name = name
        def callback():
            return self.name
        self.callback = callback
    def __del__(self):
        print("closing", self.callback())
gc.collect()
r = Resource("conn")
del r
print("nothing yet")
print("collect():", gc.collect())
