# Several cycle members with callbacks: all callbacks run at one collection.
import gc, weakref

class Node:
    def __init__(self, name):
        self.name = name

gc.collect()
log = []
nodes = [Node(str(i)) for i in range(4)]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % 4]
refs = [weakref.ref(n, lambda w, name=n.name: log.append(name)) for n in nodes]
del n
nodes = None
print(log)
print(gc.collect())
print(sorted(log), [r() for r in refs])
