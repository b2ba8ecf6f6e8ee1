# Reference counts of attribute values held inline and in a dict.
import sys
class C:
    pass
v = [1]
c = C()
print(sys.getrefcount(v))
c.a = v
print(sys.getrefcount(v))
d = c.__dict__
print(sys.getrefcount(v))
del c.a
print(sys.getrefcount(v))
c.a = v
del c
print(sys.getrefcount(v))
