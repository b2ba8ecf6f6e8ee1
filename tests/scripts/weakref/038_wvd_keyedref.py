# KeyedRef carries the key for the dictionary's shared callback.
import weakref

class Obj:
    pass

log = []
o = Obj()
kr = weakref.KeyedRef(o, lambda w: log.append(w.key), "the key")
print(kr.key, kr() is o, isinstance(kr, weakref.ref), weakref.KeyedRef.__slots__)
del o
print(log, kr.key)
