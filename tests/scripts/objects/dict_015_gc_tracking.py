# dicts are untracked until a container is stored
import gc
d = {}
print(gc.is_tracked(d))
d[1] = 2
d['a'] = 'b'
d[1.5] = None
print(gc.is_tracked(d))
d[2] = ()
print(gc.is_tracked(d))
d[3] = (1, 2)
print(gc.is_tracked(d))
d[4] = []
print(gc.is_tracked(d))
e = {'x': 1}
e[(1, 2)] = 3
print(gc.is_tracked(e))
f = {'a': 1}
f['a'] = {}
print(gc.is_tracked(f))
g = {1: [1]}
print(gc.is_tracked(g), gc.is_tracked(g.copy()), gc.is_tracked(dict(g)))
h = {1: 2}
print(gc.is_tracked(h.copy()), gc.is_tracked(dict(h)), gc.is_tracked({**h}))
class Sub(dict):
    pass
print(gc.is_tracked(Sub()), gc.is_tracked(dict()), gc.is_tracked(dict(a=1)))
print(gc.is_tracked({'k': lambda: 0}), gc.is_tracked(dict.fromkeys([1, 2])))
print(gc.is_tracked({}.keys()), gc.is_tracked(iter({})))
