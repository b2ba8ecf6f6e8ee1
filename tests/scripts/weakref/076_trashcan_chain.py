# A long chain of objects each holding a weak reference with a callback to the next.
import weakref

class Node:
    pass

count = 0

def cb(w):
    global count
    count += 1

head = Node()
node = head
refs = []
for i in range(10000):
    nxt = Node()
    node.next = nxt
    refs.append(weakref.ref(nxt, cb))
    node = nxt
del node, nxt
head = None
print(count, all(r() is None for r in refs))
