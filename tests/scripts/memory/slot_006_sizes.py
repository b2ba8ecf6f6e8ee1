# Each slot adds 8 bytes: __slots__ = () is 32, one slot 40, two 48 ...
import sys
class E:
    __slots__ = ()
class One:
    __slots__ = ("a",)
class Two:
    __slots__ = ("a", "b")
class Three:
    __slots__ = ("a", "b", "c")
class Ten:
    __slots__ = tuple("abcdefghij")
class Plain:
    pass
for cls in (E, One, Two, Three, Ten):
    print(cls.__name__, sys.getsizeof(cls()), cls.__basicsize__)
p = Plain()
p.a = 1
p.b = 2
t = Two()
t.a = 1
t.b = 2
print(sys.getsizeof(t) < sys.getsizeof(p))
print(sys.getsizeof(object()), object.__basicsize__)
