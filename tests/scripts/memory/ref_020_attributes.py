# Instance attributes hold references; deleting or rebinding drops them.
import sys
class C:
    pass
c = C()
v = []
c.a = v
print(sys.getrefcount(v))
c.b = v
print(sys.getrefcount(v))
del c.a
print(sys.getrefcount(v))
c.b = None
print(sys.getrefcount(v))
print(sys.getrefcount(c))
