# A proxy forwards attribute access and dies with its object.
import weakref

class A:
    def __init__(self):
        self.x = 1
    def method(self):
        return "method of " + type(self).__name__

a = A()
p = weakref.proxy(a)
print(p.x, p.method(), type(p).__name__, type(p) is weakref.ProxyType)
p.y = 5
print(a.y)
del p.y
print(hasattr(a, "y"))
print(p.__class__ is A, isinstance(p, weakref.ProxyTypes))
del a
try:
    p.x
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    p.x = 3
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    bool(p)
except ReferenceError as e:
    print("ReferenceError:", e)
