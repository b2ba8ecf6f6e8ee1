# The classic pair from the articles: a.ref = b, b.ref = a, then both names deleted.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None
gc.collect()
a = Node("A")
b = Node("B")
a.ref = b
b.ref = a
print("while reachable:", gc.collect())
del a
print("after del a (b still named):", gc.collect())
del b
print("after del b:", gc.collect())
