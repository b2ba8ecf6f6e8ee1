# Proxy repr names the referent's type; proxies are unhashable; dead proxy repr.
import weakref

class A:
    pass

a = A()
p = weakref.proxy(a)
print(repr(p))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
del a
print(repr(p))
try:
    str(p)
except ReferenceError as e:
    print("ReferenceError:", e)
