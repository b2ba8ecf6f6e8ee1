# Locals of a function: the code object of the function holds its constants; the module's
# tree holds the literals of the whole file.
import sys
def f():
    x = 60000
    y = "local string!"
    z = []
    return sys.getrefcount(x), sys.getrefcount(y), sys.getrefcount(z)
print(f())
def g():
    x = []
    y = x
    return sys.getrefcount(x)
print(g())
