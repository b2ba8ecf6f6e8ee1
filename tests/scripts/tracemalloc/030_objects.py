# plain object() instances: 16 bytes each
import tracemalloc
tracemalloc.start()
objs = [object() for i in range(2000)]
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
small = [t for t in snap.traces if t.size == 16]
print(len(small), sum(t.size for t in small))
print(tracemalloc.get_object_traceback(objs[0]))
print(tracemalloc.get_object_traceback(objs[-1]) == tracemalloc.get_object_traceback(objs[7]))
