# weakref.finalize: runs once when the object dies, returns the function's result.
import weakref

class Obj:
    pass

def fin(*args, **kw):
    print("finalize called", args, kw)
    return "result"

a = Obj()
f = weakref.finalize(a, fin, 1, 2, x=3)
print(f.alive, f.atexit)
del a
print(f.alive, f(), f.peek(), f.detach())
b = Obj()
g = weakref.finalize(b, fin, "b")
print(g(), g.alive, g())
del b
print("end")
