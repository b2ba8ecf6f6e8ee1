# Values kept alive only by cycles leave a WeakValueDictionary at gc.collect().
import gc, weakref

class Node:
    def __init__(self, n):
        self.n = n
        self.me = self

gc.collect()
gc.disable()
cache = weakref.WeakValueDictionary()
for i in range(4):
    cache[i] = Node(i)
print(len(cache))
gc.collect()
print(len(cache), list(cache.keys()))
gc.enable()
