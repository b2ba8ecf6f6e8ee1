# Instances, functions, classes, methods and modules are always tracked.
import gc
class A:
    def m(self):
        pass
class S:
    __slots__ = ("x",)
a = A()
print("instance:", gc.is_tracked(a))
print("instance __dict__:", gc.is_tracked(a.__dict__))
a.x = []
print("instance __dict__ with a list:", gc.is_tracked(a.__dict__))
print("bound method:", gc.is_tracked(a.m))
print("function:", gc.is_tracked(A.m))
print("class:", gc.is_tracked(A))
print("slotted instance:", gc.is_tracked(S()))
def gen():
    yield 1
print("generator:", gc.is_tracked(gen()))
def outer():
    v = 1
    def inner():
        return v
    return inner
f = outer()
print("closure cell:", gc.is_tracked(f.__closure__[0]))
print("closure tuple:", gc.is_tracked(f.__closure__))
print("staticmethod:", gc.is_tracked(staticmethod(len)))
print("property:", gc.is_tracked(property()))
print("list iterator:", gc.is_tracked(iter([])))
print("exception:", gc.is_tracked(ValueError("x")))
