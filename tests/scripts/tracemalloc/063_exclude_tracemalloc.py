# Filter(False, tracemalloc.__file__) leaves out what earlier snapshots hold
import tracemalloc
tracemalloc.start()
first = tracemalloc.take_snapshot()
second = tracemalloc.take_snapshot()
def has_tracemalloc(snap):
    return any("tracemalloc" in t.traceback[0].filename for t in snap.traces)
print(has_tracemalloc(second))
clean = second.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
print(has_tracemalloc(clean), len(clean.traces) < len(second.traces))
