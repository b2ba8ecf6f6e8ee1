# Objects created after gc.freeze() are collected normally; freezing twice adds only the new
# objects; unfreeze empties the permanent generation.
import gc
class T:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("del", self.name)
gc.collect()
gc.disable()
gc.freeze()
n1 = gc.get_freeze_count()
a = T("after freeze")
del a
print("collect():", gc.collect())
keep = [T("kept"), T("kept too")]
gc.freeze()
n2 = gc.get_freeze_count()
print("second freeze added objects:", n2 > n1)
del keep
print("collect() with them frozen:", gc.collect())
gc.unfreeze()
print("freeze count:", gc.get_freeze_count())
print("collect():", gc.collect())
gc.enable()
