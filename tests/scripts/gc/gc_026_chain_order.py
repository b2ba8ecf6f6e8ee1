# A chain hanging off a cycle: the cycle's members and the chain are all finalized once.
import gc
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
gc.collect()
head = N("head")
head.me = head
cur = head
for i in range(4):
    cur.next = N("link%d" % i)
    cur = cur.next
del head, cur
print("collect():", gc.collect())
