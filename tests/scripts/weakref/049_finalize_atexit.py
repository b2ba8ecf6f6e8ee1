# Finalizers still alive at exit run newest first; those with atexit=False do not run.
import weakref

class Obj:
    pass

def fin(name):
    print("finalizing", name)

keep = []
for name in ["first", "second", "third", "quiet"]:
    o = Obj()
    keep.append(o)
    f = weakref.finalize(o, fin, name)
f.atexit = False
print("end of script")
