# A WeakMethod's callback runs once, when the instance or the function dies.
import weakref

class Object:
    def some_method(self):
        return 4

calls = []
o = Object()
r = weakref.WeakMethod(o.some_method, calls.append)
del o
print(len(calls), calls[0] is r, r())
o = Object()
r2 = weakref.WeakMethod(o.some_method, calls.append)
del Object.some_method
import gc
gc.collect()
print(len(calls), calls[-1] is r2)
del o
print(len(calls))
