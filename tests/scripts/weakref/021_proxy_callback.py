# A proxy's callback receives the (dead) proxy.
import weakref

class A:
    pass

def cb(p):
    print("callback got", type(p).__name__)
    try:
        p.anything
    except ReferenceError as e:
        print("ReferenceError:", e)

a = A()
p = weakref.proxy(a, cb)
del a
print("after")
