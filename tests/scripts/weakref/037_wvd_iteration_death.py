# Values dying while a WeakValueDictionary is iterated: removals wait for the loop.
import weakref

class Obj:
    def __init__(self, n):
        self.n = n

objs = {i: Obj(i) for i in range(6)}
d = weakref.WeakValueDictionary(objs)
seen = []
for k in d:
    seen.append(k)
    if k == 1:
        del objs[3], objs[4]
print(seen)
print(len(d._pending_removals), len(d), len(d._pending_removals))
it = iter(d.items())
k, v = next(it)
del objs[5]
del v
print(len(d._pending_removals), len(d))
del it
print(len(d), sorted(d))
