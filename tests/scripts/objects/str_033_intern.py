# interning and identity
import sys
a = "hello_world"
b = "hello_" + "world"
print(a == b)
c = sys.intern("".join(["dyn", "amic"]))
d = sys.intern("dyn" + "amic")
print(c is d, c == "dynamic")
e = "".join(["x", "y", "z"])
f = "".join(["x", "y", "z"])
print(e is f, sys.intern(e) is sys.intern(f))
print("a" is "a"[0], "" is ""[0:0], "é" is "é€"[0])
g = "".join(["int", "ern", "me"])
h = sys.intern(g)
print(h is g, sys.getrefcount(g))
try:
    sys.intern(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
class S(str):
    pass
try:
    sys.intern(S("x"))
except TypeError as ex:
    print(type(ex).__name__, ex)
