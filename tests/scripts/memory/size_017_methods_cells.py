# Bound methods are 64 bytes, cells 40, plain instances 56.
import sys
class C:
    def m(self):
        return self
c = C()
print(sys.getsizeof(c.m), sys.getsizeof(C().m), sys.getsizeof(c))
def make():
    a = 1
    b = [2]
    def use():
        return a, b
    return use
fn = make()
print(len(fn.__closure__), [sys.getsizeof(cell) for cell in fn.__closure__])
print(type(fn.__closure__[0]).__name__, fn.__closure__[0].__sizeof__())
