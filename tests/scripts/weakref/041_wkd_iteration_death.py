# Keys dying while a WeakKeyDictionary is iterated.
import weakref

class Obj:
    def __init__(self, n):
        self.n = n

objs = [Obj(i) for i in range(6)]
d = weakref.WeakKeyDictionary((o, o.n) for o in objs)
count = 0
for v in d.values():
    count += 1
    if count == 1:
        del objs[:3]
print(count)
print(len(d))
it = iter(d.keys())
first = next(it)
objs.remove(first)
print(len(d), len(d._pending_removals))
del first
print(len(d), len(d._pending_removals))
del it
print(len(d), len(d._pending_removals), sorted(d.values()))
