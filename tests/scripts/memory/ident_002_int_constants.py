# Equal int constants in one compilation unit are one object, even outside -5..256.
x = 10000
y = 10000
print(x is y)
def f():
    return 10000
def g():
    return 10000
print(f() is g(), f() is x)
# ints computed at run time are new objects
a = 5000
b = a * 2
c = a * 2
print(b == c, b is c, b is x)
# constants from separately compiled code are separate objects
ns = {}
exec("z = 10000", ns)
print(ns["z"] == x, ns["z"] is x)
