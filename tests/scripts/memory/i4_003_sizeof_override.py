# A class's own __sizeof__: sys.getsizeof adds what CPython 3.11 keeps in front of the object
# (16 for the collector header, 16 more for a managed __dict__).
import sys

class Plain:
    def __sizeof__(self):
        return 100
class Slotted:
    __slots__ = ()
    def __sizeof__(self):
        return 100
class IntSub(int):
    def __sizeof__(self):
        return 100
class StrSub(str):
    def __sizeof__(self):
        return 100
class Inherits(Plain): pass
for C in (Plain, Slotted, IntSub, StrSub, Inherits):
    print(C.__name__, sys.getsizeof(C()))
class Empty: pass
e = Empty()
print(object.__sizeof__(e), e.__sizeof__(), sys.getsizeof(e))
e.a = 1
print(object.__sizeof__(e), sys.getsizeof(e), sys.getsizeof(e.__dict__), sys.getsizeof(e))
