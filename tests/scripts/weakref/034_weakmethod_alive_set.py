# WeakMethods in a set and a dict (hashing through the referent).
import weakref

class Object:
    def m(self):
        return "m"

o = Object()
s = {weakref.WeakMethod(o.m), weakref.WeakMethod(o.m)}
print(len(s))
d = {weakref.WeakMethod(o.m): "value"}
print(d[weakref.WeakMethod(o.m)])
