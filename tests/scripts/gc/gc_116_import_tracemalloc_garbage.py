# Importing tracemalloc has CPython import pickle, whose exception classes written in Python
# are then replaced by faster ones from _pickle: the old classes are left in a reference
# cycle. The import ran two young collections meanwhile, so the cycle waits in generation 1
# for a collection that reaches it.
import gc

before = gc.get_stats()[0]["collections"]
counts = gc.get_count()
import tracemalloc

after = gc.get_count()
print("young collections during the import:", gc.get_stats()[0]["collections"] - before)
print("generation 1 count grew by", after[1] - counts[1])
print("young collection finds:", gc.collect(0))
gc.set_debug(gc.DEBUG_SAVEALL)
found = gc.collect()
gc.set_debug(0)
print("full collection finds:", found)
print(sorted(type(o).__name__ for o in gc.garbage))
print(sorted(o.__name__ for o in gc.garbage if isinstance(o, type)))
print(sorted(o.__module__ for o in gc.garbage if isinstance(o, type)))
gc.garbage.clear()
