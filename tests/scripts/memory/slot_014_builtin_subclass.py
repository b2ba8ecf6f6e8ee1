# __slots__ = () on a subclass of a builtin removes the instance dict (and its cost).
import sys
class N(int):
    __slots__ = ()
class M(int):
    pass
class L(list):
    __slots__ = ()
class F(float):
    __slots__ = ("tag",)
n = N(5)
print(sys.getsizeof(n), sys.getsizeof(M(5)), sys.getsizeof(L()), sys.getsizeof(F(1.0)))
try:
    n.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    n.__dict__
except AttributeError as e:
    print("AttributeError:", e)
f = F(2.5)
f.tag = "t"
print(f, f.tag, f + 1)
