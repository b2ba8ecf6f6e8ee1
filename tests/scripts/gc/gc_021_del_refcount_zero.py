# __del__ runs the moment the last reference goes, not at the next collection.
import gc
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)
gc.disable()
print("a: del name")
a = T("a")
del a
print("b: rebinding")
b = T("b1")
b = T("b2")
print("c: returned from function")
def f():
    c = T("c")
    return 0
f()
print("d: temporary")
T("d")
print("e: list cleared")
l = [T("e")]
l.clear()
print("f: attribute overwritten")
class H:
    pass
h = H()
h.x = T("f")
h.x = None
print("end")
gc.enable()
del b
