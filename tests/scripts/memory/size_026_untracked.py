# The collector header is counted for every object of a GC type, tracked or not.
import sys
import gc
empty = ()
print(sys.getsizeof(empty), sys.getsizeof((1, 2)), sys.getsizeof(("a", "b")))
d = {"a": 1}
print(gc.is_tracked(d), sys.getsizeof(d))
d2 = {"a": []}
print(gc.is_tracked(d2), sys.getsizeof(d2))
print(gc.is_tracked(1), sys.getsizeof(1), gc.is_tracked("s"), sys.getsizeof("s"))
print(gc.is_tracked([]), sys.getsizeof([]))
