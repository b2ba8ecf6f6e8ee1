# list(), tuple(), dict() copies reference the same items.
import sys
obj = object()
src = [obj, obj]
a = list(src)
b = tuple(src)
c = dict.fromkeys(src, obj)
print(sys.getrefcount(obj))
t = tuple(b)
print(t is b, sys.getrefcount(b))
