# finalize on an object in a garbage cycle runs at gc.collect(); the object is not revived.
import gc, weakref

class Node:
    pass

gc.collect()
n = Node()
n.me = n
f = weakref.finalize(n, print, "finalizer of cycle member")
del n
print(f.alive)
gc.collect()
print(f.alive)
