# From the articles: "Manual Breakage" - break cycles by hand before dropping the names, and
# the collector has nothing left to do.
import gc
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
    def __del__(self):
        print("freed node", self.value)
gc.collect()
node1 = Node(1)
node2 = Node(2)
node1.next = node2
node2.next = node1
node1.next = None
node2.next = None
del node1
del node2
print("collect():", gc.collect())
