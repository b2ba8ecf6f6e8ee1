# WeakSet elements kept alive only by cycles leave at gc.collect().
import gc, weakref

class Node:
    pass

gc.collect()
gc.disable()
s = weakref.WeakSet()
strong = []
for i in range(6):
    n = Node()
    n.me = n
    s.add(n)
    if i % 2:
        strong.append(n)
del n
print(len(s))
gc.collect()
print(len(s), all(x in s for x in strong))
gc.enable()
