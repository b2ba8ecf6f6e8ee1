# Dicts start untracked and become tracked when a container is stored in them (CPython 3.11).
import gc
d = {}
print("{}:", gc.is_tracked(d))
d["a"] = 1
d["b"] = "text"
d[2.5] = None
print("atomic values:", gc.is_tracked(d))
d["c"] = []
print("a list stored:", gc.is_tracked(d))
del d["c"]
print("list removed again:", gc.is_tracked(d))
print("{'a': []}:", gc.is_tracked({"a": []}))
print("{'a': 1}:", gc.is_tracked({"a": 1}))
print("{(1, 2): 1}:", gc.is_tracked({(1, 2): 1}))
t = ([],)
print("{t: 1}:", gc.is_tracked({1: t}))
print("dict(a=1):", gc.is_tracked(dict(a=1)))
print("dict(a=[]):", gc.is_tracked(dict(a=[])))
e = {}
e.update({"x": 1})
print("update with atomics:", gc.is_tracked(e))
e.update({"y": {}})
print("update with a dict:", gc.is_tracked(e))
f = {"a": 1}.copy()
print("copy of atomic dict:", gc.is_tracked(f))
g = dict.fromkeys("abc")
print("fromkeys:", gc.is_tracked(g))
h = {k: k for k in range(3)}
print("comprehension of ints:", gc.is_tracked(h))
class C:
    pass
print("instance stored:", gc.is_tracked({"c": C()}))
