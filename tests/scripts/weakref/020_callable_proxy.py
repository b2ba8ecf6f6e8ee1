# A proxy to a callable object is a CallableProxyType and forwards calls.
import weakref

class F:
    def __call__(self, *args, **kw):
        return ("called", args, kw)

def function(x):
    return x * 2

f = F()
p = weakref.proxy(f)
print(type(p).__name__, p(1, 2, k=3))
pf = weakref.proxy(function)
print(type(pf) is weakref.CallableProxyType, pf(21), pf.__name__)
try:
    hash(pf)
except TypeError as e:
    print("TypeError:", e)
del f
try:
    p()
except ReferenceError as e:
    print("ReferenceError:", e)
