# __slots__ can be a string (one slot), a list, a tuple, a dict (values are docstrings) or
# any iterable; the class keeps the object it was given.
import sys
class Str:
    __slots__ = "abc"
class Lst:
    __slots__ = ["p", "q"]
class Dct:
    __slots__ = {"m": "doc of m", "n": None}
class Gen:
    __slots__ = iter(("g1", "g2"))
for cls in (Str, Lst, Dct):
    print(cls.__name__, cls.__slots__, sys.getsizeof(cls()),
          sorted(k for k, v in vars(cls).items() if type(v).__name__ == "member_descriptor"))
print(sys.getsizeof(Gen()), type(Gen.g1).__name__)
o = Str()
o.abc = 5
print(o.abc)
try:
    o.a = 1
except AttributeError as e:
    print("AttributeError:", e)
