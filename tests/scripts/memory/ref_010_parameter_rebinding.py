# Rebinding or deleting a parameter drops the callee's reference.
import sys
def f(p):
    a = sys.getrefcount(p)
    q = p
    b = sys.getrefcount(p)
    del q
    c = sys.getrefcount(p)
    return a, b, c
x = []
print(f(x), sys.getrefcount(x))
