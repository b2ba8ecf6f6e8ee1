# A reference cycle of two dicts, and the collector that frees it.
# Run: mnemo examples/09_dict_cycle_and_collect.py
import gc
import sys

gc.collect()                 # start from a clean slate, so the counts below are exact

a = {}
b = {}
print("refcounts:", sys.getrefcount(a), sys.getrefcount(b))      # 2 each: the name + the call
a["b_ref"] = b               # a now holds b ...
b["a_ref"] = a               # ... and b holds a: a cycle
print("in a cycle:", sys.getrefcount(a), sys.getrefcount(b))     # 3 each

# Dicts holding only strings and numbers are not even watched by the collector (CPython 3.11
# creates dicts "untracked"); storing a container in one makes it tracked.
print("tracked:", gc.is_tracked(a), gc.is_tracked({"n": 1}))

del a
del b
# Both names are gone, but each dict still holds the other, so neither count reaches zero
# and reference counting alone would keep them forever. Only the cycle collector sees that
# nothing outside the pair refers to them. gc.collect() returns how many objects it found
# unreachable: exactly our two dicts.
print("gc.collect() found", gc.collect(), "unreachable objects")
print("and then", gc.collect(), "on a second run")

# The same with objects of your own class. In CPython 3.11 a plain instance keeps its
# attributes inline and has no separate __dict__ object unless you ask for one, so a pair
# of instances is 2 objects, not 4 as older articles count.
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

def make_pair():
    x = Node("x")
    y = Node("y")
    x.peer = y
    y.peer = x              # when make_pair returns, the pair is unreachable garbage

for i in range(3):
    make_pair()
print("three pairs:", gc.collect())
