# Keyword arguments bound to named parameters and keyword-only parameters.
import sys
def f(a, *, b):
    return sys.getrefcount(a), sys.getrefcount(b)
x = []
print(f(x, b=x))
print(f(a=x, b=[]))
