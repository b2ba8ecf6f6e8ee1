# Instance footprint: a __dict__ per object versus __slots__.
# Run: mnemo examples/08_dict_vs_slots.py
import sys

class Plain:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Plain(1, 2)
s = Slotted(1, 2)
print("Plain instance:", sys.getsizeof(p), "bytes")
print("Slotted instance:", sys.getsizeof(s), "bytes")     # 32 + 8 per slot
# CPython 3.11 keeps a plain instance's attribute values inline, with the keys shared by the
# class, and builds a real dict only when a program asks for __dict__. Asking costs memory:
print("p.__dict__:", sys.getsizeof(p.__dict__), "bytes more")
print("same dict each time:", p.__dict__ is p.__dict__)

# A slot is a member_descriptor on the class that reads a fixed offset in the object.
print("Slotted.x is a", type(Slotted.x).__name__, "->", Slotted.x)

# Slotted objects have no __dict__, so no new attributes can be added:
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(s)
except TypeError as e:
    print("TypeError:", e)

# An unset slot raises AttributeError like a missing attribute.
empty = Slotted.__new__(Slotted)
try:
    empty.x
except AttributeError as e:
    print("AttributeError:", e)

# Sizes by number of slots:
for names in ((), ("a",), ("a", "b"), ("a", "b", "c", "d")):
    cls = type("S%d" % len(names), (), {"__slots__": names})
    print(len(names), "slots:", sys.getsizeof(cls()), "bytes")

# Add '__dict__' to the slots to allow extra attributes again:
class Hybrid:
    __slots__ = ("x", "__dict__")
h = Hybrid()
h.x = 1
h.extra = 2
print("Hybrid keeps x in a slot and extra in", h.__dict__)

# Subclasses without __slots__ get a __dict__ back:
class Child(Slotted):
    pass
c = Child(1, 2)
c.z = 3
print("Child.__dict__:", c.__dict__)
