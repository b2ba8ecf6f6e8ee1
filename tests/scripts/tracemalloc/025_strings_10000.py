# 10,000 strings kept in a list: one line, CPython's size and count
import tracemalloc
tracemalloc.start()
names = [f"object_{i}" for i in range(10000)]
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics("lineno"):
    print(stat)
    print(repr(stat))
sizes = {}
for trace in snap.traces:
    sizes[trace.size] = sizes.get(trace.size, 0) + 1
print(sorted(sizes.items()))
