# '__dict__' in __slots__ gives the instances a dictionary for other attributes.
import sys
class D:
    __slots__ = ("a", "__dict__")
d = D()
d.a = 1
print(d.__dict__)
d.extra = 2
print(d.__dict__, d.a, d.extra)
print("a" in d.__dict__, type(D.__dict__["__dict__"]).__name__)
print(sys.getsizeof(D()))
d.__dict__ = {"x": 9}
print(d.x, d.a)
del d.a
print(hasattr(d, "a"), d.__dict__)
