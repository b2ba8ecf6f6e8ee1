# Default values: the constants of the module, the folded defaults tuple and the tree.
import sys
def f(a=50000, b="default val"):
    return sys.getrefcount(a), sys.getrefcount(b)
print(f())
print(sys.getrefcount(f.__defaults__))
print(sys.getrefcount(f.__defaults__[0]))
def g(a=[]):
    return sys.getrefcount(a)
print(g())
