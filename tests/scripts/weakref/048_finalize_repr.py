# finalize repr, and the atexit property.
import weakref

class Obj:
    pass

a = Obj()
f = weakref.finalize(a, print, "x")
r = repr(f)
print(r.startswith("<finalize object at 0x"), "; for 'Obj' at 0x" in r)
f.atexit = 0
print(f.atexit)
f.atexit = "yes"
print(f.atexit)
f.detach()
print(repr(f).endswith("; dead>"), f.atexit)
f.atexit = True
print(f.atexit)
