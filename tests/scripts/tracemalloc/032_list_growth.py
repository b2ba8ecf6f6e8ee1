# append() over-allocates: the traced item array has the capacity, not the length
import tracemalloc
tracemalloc.start()
items = []
for i in range(1000):
    items.append(None)
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
print(sorted((t.traceback[0].lineno, t.size) for t in snap.traces if t.size > 100))
items.append(None)
items.extend([None] * 100)
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
print(sorted((t.traceback[0].lineno, t.size) for t in snap.traces if 100 < t.size < 9000))
