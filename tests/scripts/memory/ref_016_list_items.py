# Each list slot is one reference.
import sys
obj = object()
L = [obj]
print(sys.getrefcount(obj))
L.append(obj)
print(sys.getrefcount(obj))
L2 = [obj] * 5
print(sys.getrefcount(obj))
del L2
print(sys.getrefcount(obj))
L.pop()
print(sys.getrefcount(obj))
L.clear()
print(sys.getrefcount(obj))
