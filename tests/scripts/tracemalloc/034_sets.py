# sets: the set object, then a separate table once it outgrows its 8 inline slots
import tracemalloc
tracemalloc.start()
small = [set() for i in range(100)]
big = set(range(1000))
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
print(sorted(set((t.traceback[0].lineno, t.size) for t in snap.traces if t.size > 100)))
print(len([t for t in snap.traces if t.size == 216]))
