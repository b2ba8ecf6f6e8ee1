# Inside a method, self is the caller's reference plus the frame's local.
import sys
class A:
    def m(self):
        return sys.getrefcount(self)
a = A()
print(sys.getrefcount(a), a.m(), A.m(a))
