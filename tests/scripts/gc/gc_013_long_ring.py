# A ring of many nodes is one unreachable group.
import gc
class Node:
    __slots__ = ("next",)
gc.collect()
for n in (2, 10, 1000):
    first = Node()
    cur = first
    for i in range(n - 1):
        nxt = Node()
        cur.next = nxt
        cur = nxt
    cur.next = first
    del first, cur, nxt
    print(n, "nodes ->", gc.collect())
