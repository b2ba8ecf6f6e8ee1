# A 200000-deep chain hanging off a cycle, and a 200000-object ring: both collected without
# deep recursion, with exact counts.
import gc
gc.collect()
gc.disable()
head = []
head.append(head)
x = head
for i in range(200000):
    y = []
    x.append(y)
    x = y
del head, x, y
print("chain:", gc.collect())
class Node:
    __slots__ = ("next",)
first = Node()
cur = first
for i in range(199999):
    n = Node()
    cur.next = n
    cur = n
cur.next = first
del first, cur, n
print("ring:", gc.collect())
gc.enable()
