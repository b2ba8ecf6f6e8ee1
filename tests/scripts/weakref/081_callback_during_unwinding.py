# compare: stderr
# A callback running while an exception propagates: its own error is reported, the
# propagating exception survives; __class__ changed before death.
import weakref
class A: pass
def cb(w):
    print("cb runs")
    raise KeyError("in cb")
def f():
    a = A()
    f.r = weakref.ref(a, cb)
    raise ValueError("outer")
try:
    f()
except ValueError as e:
    print("caught", e)
class B:
    def __del__(self):
        print("del B")
b = B()
rb = weakref.ref(b, lambda w: print("cb B", w()))
b.__class__ = A
del b
print(rb())
