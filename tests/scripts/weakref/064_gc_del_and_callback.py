# In a garbage cycle, weak references are cleared and their callbacks called before any
# __del__ runs; __del__ sees the references dead.
import gc, weakref

class Node:
    def __del__(self):
        print("__del__", self.name, "ref:", refs[self.name]())

gc.collect()
refs = {}
a, b = Node(), Node()
a.name, b.name = "a", "b"
a.other, b.other = b, a
refs["a"] = weakref.ref(a, lambda w: print("callback a"))
refs["b"] = weakref.ref(b)
del a, b
print(gc.collect())
