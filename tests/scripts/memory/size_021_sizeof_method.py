# getsizeof calls type(obj).__sizeof__ and adds the collector header for GC objects.
import sys
class Fixed:
    __slots__ = ()
    def __sizeof__(self):
        return 10
class Slotted:
    __slots__ = ("a",)
    def __sizeof__(self):
        return 1000
class Big:
    __slots__ = ()
    def __sizeof__(self):
        return 2 ** 40
class BoolSize:
    __slots__ = ()
    def __sizeof__(self):
        return True
class Sub(int):
    pass
class ViaInt:
    __slots__ = ()
    def __sizeof__(self):
        return Sub(7)
print(sys.getsizeof(Fixed()), sys.getsizeof(Slotted()), sys.getsizeof(Big()))
print(sys.getsizeof(BoolSize()), sys.getsizeof(ViaInt()))
print(Fixed().__sizeof__(), object.__sizeof__(Fixed()), object.__sizeof__(Slotted()))
# a slot named __sizeof__ shadows object.__sizeof__ on the class: unset, it raises
class Plain:
    __slots__ = ("__sizeof__",)
p = Plain()
for args in ((p,), (p, -1)):
    try:
        print(sys.getsizeof(*args))
    except AttributeError as e:
        print("AttributeError:", e)
p.__sizeof__ = lambda: 5
print(sys.getsizeof(p))
