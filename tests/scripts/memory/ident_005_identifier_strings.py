# String constants that look like identifiers are interned, so equal ones built at run time
# can be found with sys.intern; other strings are merged within the compilation unit only.
import sys
a = "hello_world"
b = "hello_" + "world"
print(a is b)
c = "".join(["hello", "_world"])
print(c == a, c is a, sys.intern(c) is a)
d = "hello world"
e = "hello world"
print(d is e)
f = "".join(["hello", " world"])
print(f is d, sys.intern(f) is d)
def g():
    return "hello world"
print(g() is d)
ns = {}
exec("x = 'hello world'; y = 'hello_world'", ns)
print(ns["x"] is d, ns["y"] is a)
