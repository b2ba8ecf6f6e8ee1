# Slots are inherited: a subclass with its own __slots__ adds to them; a subclass without
# __slots__ gets a __dict__ (and __weakref__) again.
import sys
class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b",)
class Open(Base):
    pass
class Grand(Child):
    __slots__ = ()
c = Child()
c.a = 1
c.b = 2
print(c.a, c.b, sys.getsizeof(c), sys.getsizeof(Base()), sys.getsizeof(Grand()))
try:
    c.z = 3
except AttributeError as e:
    print("AttributeError:", e)
o = Open()
o.a = 1
o.z = 3
print(o.__dict__, hasattr(o, "__weakref__"))
print(Child.a is Base.a, "a" in Child.__dict__, "b" in Child.__dict__)
print(Child.__slots__, Grand.__slots__)
print(hasattr(Open, "__slots__"), Open.__slots__)
