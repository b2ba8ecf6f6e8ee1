# __slots__ instances versus instances with a __dict__.
import sys
class WithDict:
    def __init__(self):
        self.x = 1
        self.y = 2
class WithSlots:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
        self.y = 2
w = WithDict()
s = WithSlots()
print(sys.getsizeof(w), sys.getsizeof(s))
print(sys.getsizeof(w) + sys.getsizeof(w.__dict__))
print(hasattr(s, "__dict__"), sys.getsizeof(WithSlots), sys.getsizeof(WithDict))
