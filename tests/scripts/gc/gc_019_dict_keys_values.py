# Cycles through dict values and through instances used as keys.
import gc
class K:
    pass
gc.collect()
k = K()
d = {k: None}
k.d = d
del k, d
print("instance key <-> dict:", gc.collect())
d = {}
d["a"] = [d]
d["b"] = (d,)
del d
print("dict -> list/tuple -> dict:", gc.collect())
