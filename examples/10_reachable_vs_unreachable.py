# The collector frees cycles nobody can reach, never cycles still in use.
# Run: mnemo examples/10_reachable_vs_unreachable.py
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None
    def __del__(self):
        print(f"  Deleted: {self.name}")

gc.collect()

print("1. a cycle still named by a variable survives every collection")
a = Node("A")
b = Node("B")
a.ref = b
b.ref = a
print("  collect():", gc.collect())

print("2. deleting one name is not enough: b still reaches the pair")
del a
print("  collect():", gc.collect())

print("3. once no root reaches it, the whole cycle is garbage")
del b
print("  collect():", gc.collect())

# Roots are what the running program can use: module globals, the locals of running
# functions, and anything the interpreter itself holds. The collector does not search from
# the roots; it subtracts the references the candidates make to each other. An object whose
# count stays above zero after that is referred to from outside, so it and everything it
# reaches are alive.
print("4. a cycle hanging off a live list is reachable through it")
keep = []
c = Node("C")
c.ref = c                   # a self-cycle
keep.append(c)
del c
print("  collect():", gc.collect())
keep.clear()
print("  after keep.clear(), collect():", gc.collect())

print("5. objects only reachable from garbage are garbage too")
d = Node("D")
d.ref = d
d.extra = [Node("inside a list")]
del d
print("  collect():", gc.collect())
# 3 objects: D, the list, and the Node in the list (lists and instances are tracked)
