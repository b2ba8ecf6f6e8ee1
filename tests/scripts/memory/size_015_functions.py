# Functions and lambdas are 152 bytes (136 + the collector header), whatever their body.
import sys
def f():
    pass
def g(a, b=1, *args, k=2, **kw):
    """doc"""
    return a + b
lam = lambda x: x
def outer():
    n = 0
    def inner():
        return n
    return inner
print(sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(lam), sys.getsizeof(outer()))
class C:
    def m(self):
        return 1
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
print(sys.getsizeof(C.m), sys.getsizeof(C.__dict__["s"]), sys.getsizeof(C.__dict__["c"]))
print(f.__sizeof__())
