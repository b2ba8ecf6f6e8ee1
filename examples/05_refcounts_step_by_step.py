# Reference counting step by step.
# Run: mnemo examples/05_refcounts_step_by_step.py
import sys

# sys.getrefcount(obj) reports how many references point at obj. The call itself holds one
# more while it runs (its argument), so a fresh object bound to one name reports 2.
items = [1, 2, 3]
print("one name:", sys.getrefcount(items))                  # 2 = the name + the argument

alias = items
print("two names:", sys.getrefcount(items))                 # 3

holder = [items, items]
print("plus a list holding it twice:", sys.getrefcount(items))   # 5: each slot counts

del holder
print("the list is gone:", sys.getrefcount(items))          # 3 again

def look(x):
    # inside, the parameter x is one more reference
    return sys.getrefcount(x)
print("inside a function:", look(items))                    # 4

table = {"key": items}
print("as a dict value:", sys.getrefcount(items))           # 4

class Node:
    pass
node = Node()
node.payload = items
print("as an attribute:", sys.getrefcount(items))           # 5

del alias, table, node
print("back to one name:", sys.getrefcount(items))          # 2

# A loop variable is just another name for the current item.
for each in [items]:
    print("during the loop:", sys.getrefcount(items))       # 4: name, list, loop variable
print("after the loop:", sys.getrefcount(items))            # 3: 'each' still names it

def make():
    local = []
    return sys.getrefcount(local)
print("a local inside a function:", make())                 # 2
