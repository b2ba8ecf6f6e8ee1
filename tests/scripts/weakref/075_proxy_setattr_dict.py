# Attribute assignment and deletion through a proxy reach the object.
import weakref

class A:
    pass

a = A()
p = weakref.proxy(a)
p.name = "x"
setattr(p, "other", 1)
print(a.__dict__, p.__dict__ is a.__dict__)
delattr(p, "other")
print(vars(a), getattr(p, "missing", "default"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
