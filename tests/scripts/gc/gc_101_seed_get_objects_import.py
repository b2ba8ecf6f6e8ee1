# From the articles: gc.get_objects() before and after running a module that keeps objects.
# Whole-heap totals depend on the interpreter, so only this program's objects are counted.
import gc
def count(type_name):
    return sum(1 for o in gc.get_objects() if type(o).__name__ == type_name)
print("MyObject before:", count("MyObject"))
import _gc_waste_memory
x = _gc_waste_memory.run()
print("run() returned", x)
print("MyObject after:", count("MyObject"))
sample = sorted(o.n for o in gc.get_objects() if type(o).__name__ == "MyObject")
print(sample[:3], sample[-1])
print(repr(_gc_waste_memory.kept[0])[:26])
