# A finalizer created while the exit finalizers run is run too.
import weakref

class Obj:
    pass

later = Obj()

def first():
    print("first finalizer; creates another")
    weakref.finalize(later, print, "created during exit")

o = Obj()
weakref.finalize(o, first)
print("end")
