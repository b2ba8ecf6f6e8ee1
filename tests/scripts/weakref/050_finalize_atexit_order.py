# Exit order: atexit functions registered after the first finalizer run first, then the
# finalizers (newest first), then functions registered before them.
import atexit, weakref

class Obj:
    pass

atexit.register(print, "registered before the first finalizer")
o1, o2 = Obj(), Obj()
weakref.finalize(o1, print, "finalizer 1")
weakref.finalize(o2, print, "finalizer 2")
atexit.register(print, "registered after")

class Holder:
    def __del__(self):
        print("__del__ at module teardown")

h = Holder()
print("end")
