# An instance referring to itself through an attribute.
import gc
class A:
    pass
gc.collect()
a = A()
a.a = a
gc.collect()
del a
print("plain instance:", gc.collect())
# Once __dict__ has been asked for, the dict is a separate object.
a = A()
a.a = a
d = a.__dict__
del d
gc.collect()
del a
print("instance with materialised __dict__:", gc.collect())
class S:
    __slots__ = ("me",)
s = S()
s.me = s
del s
print("slotted instance:", gc.collect())
