# A bound method object holds its instance.
import sys
class A:
    def m(self):
        pass
a = A()
print(sys.getrefcount(a))
bm = a.m
print(sys.getrefcount(a), sys.getrefcount(bm))
bm2 = a.m
print(sys.getrefcount(a), bm is bm2)
del bm, bm2
print(sys.getrefcount(a))
