# Elements dying while a WeakSet is iterated: the loop is not disturbed.
import weakref

class Obj:
    pass

objs = [Obj() for _ in range(10)]
s = weakref.WeakSet(objs)
n = 0
for x in s:
    n += 1
    if n == 1:
        del objs[:5]
del x
print(n >= 5, len(s))
it = iter(s)
y = next(it)
print(len(s._iterating))
objs.clear()
print(len(s), len(s._pending_removals) > 0)
del y
del it
print(len(s), len(s._iterating), len(s._pending_removals))
