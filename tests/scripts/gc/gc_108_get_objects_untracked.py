# get_objects() lists only tracked objects: untracked dicts and tuples are absent.
import gc
def listed(obj):
    return any(o is obj for o in gc.get_objects())
gc.disable()
d_atomic = {"a": 1}
d_cont = {"a": []}
t = tuple([1, 2, 3])
print("atomic dict:", listed(d_atomic), "dict with a list:", listed(d_cont))
print("tuple before collect:", listed(t))
gc.collect()
print("tuple after collect:", listed(t))
s = {1, 2}
print("set of ints:", listed(s))
print("string:", listed("abc"))
gc.enable()
