# A slotted subclass of a plain class still has the base's __dict__.
import sys
class Plain:
    pass
class Sub(Plain):
    __slots__ = ("q",)
s = Sub()
s.q = 1
s.w = 2
print(s.__dict__, s.q)
print(type(Sub.q).__name__, "__dict__" in Sub.__dict__)
print(sys.getsizeof(Sub()) - sys.getsizeof(Plain()))
