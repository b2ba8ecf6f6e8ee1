# gc.freeze moves every tracked object to the permanent generation, which no collection
# looks at; unfreeze puts them back into the oldest generation.
import gc
class T:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("del", self.name)
gc.collect()
gc.disable()
print("freeze count at start:", gc.get_freeze_count())
t = T("frozen")
gc.freeze()
print("frozen objects:", gc.get_freeze_count() > 0)
print("count after freeze:", gc.get_count()[1:])
print("frozen object in get_objects():", any(o is t for o in gc.get_objects()))
del t
print("collect() with the cycle frozen:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("collect() after unfreeze:", gc.collect())
gc.enable()
