# A finalizer raising at exit is reported through sys.excepthook; the others still run.
import weakref

class Obj:
    pass

def bad():
    raise RuntimeError("finalizer failed")

o1, o2, o3 = Obj(), Obj(), Obj()
weakref.finalize(o1, print, "one")
weakref.finalize(o2, bad)
weakref.finalize(o3, print, "three")
print("end")
