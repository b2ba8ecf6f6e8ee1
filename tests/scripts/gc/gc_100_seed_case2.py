# From the articles: a cycle that is still in use must not be cleaned; once the last name
# goes, it is.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None
    def __del__(self):
        print(f"Deleted: {self.name}")
gc.collect()
a = Node("A")
b = Node("B")
a.ref = b
b.ref = a
print("Before GC:", gc.collect())
del a
print("After deleting a:", gc.collect())
del b
print("After deleting b:", gc.collect())
