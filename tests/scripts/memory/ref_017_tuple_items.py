# Tuples built at run time hold their items.
import sys
obj = object()
t = (obj, obj, obj)
print(sys.getrefcount(obj))
u = t + t
print(sys.getrefcount(obj))
del u
print(sys.getrefcount(obj), sys.getrefcount(t))
