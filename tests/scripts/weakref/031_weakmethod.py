# WeakMethod keeps neither the instance nor the function alive.
import weakref

class Object:
    def __init__(self, arg):
        self.arg = arg
    def some_method(self):
        return 4
    def other_method(self):
        return 5

o = Object(1)
r = weakref.WeakMethod(o.some_method)
print(isinstance(r, weakref.ref), r()(), r() == o.some_method, r() is o.some_method)
print(r().__self__ is o, r().__func__ is Object.some_method)
del o
print(r())
o = Object(2)
r = weakref.WeakMethod(o.some_method)
del Object.some_method
import gc
gc.collect()
print(r())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakMethod(o)
except TypeError as e:
    print("TypeError:", e)
