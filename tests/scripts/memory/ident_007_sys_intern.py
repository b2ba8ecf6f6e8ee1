# sys.intern returns the one interned string equal to its argument.
import sys
a = "".join(["x", "y", "z", "!"])
b = "".join(["x", "y", "z", "!"])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia is a, ib is b)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
class S(str):
    pass
try:
    sys.intern(S("abc"))
except TypeError as e:
    print("TypeError:", e)
c = "spam eggs"
print(sys.intern(c) is c)
