# A class object is a PyHeapTypeObject in CPython 3.11: 904 bytes, plus a 40-byte member
# slot per __slots__ name (type.__itemsize__, counted by object.__sizeof__); sys.getsizeof
# adds the collector header and the instances' shared attribute table.
import sys


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b", "c")


class Meta(type):
    pass


print("type:", type.__basicsize__, type.__itemsize__, Meta.__basicsize__, Meta.__itemsize__)
for cls in (Plain, Slotted, int, object, Meta):
    print(cls.__name__, object.__sizeof__(cls), type.__sizeof__(cls), sys.getsizeof(cls))
print(type(type.__dict__["__basicsize__"]).__name__, "__dict__" in Meta.__dict__)
