# __del__ that breaks its own cycle: the object is freed by reference counting during
# finalization, so the collector does not count it.
import gc
class Suicidal:
    def __init__(self):
        self.ref = self
    def __del__(self):
        print("breaking my own cycle")
        self.ref = None
gc.collect()
s = Suicidal()
del s
print("collect():", gc.collect())
print("collect():", gc.collect())
