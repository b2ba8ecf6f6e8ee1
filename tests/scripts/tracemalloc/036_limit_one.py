# with the default limit only the innermost frame is kept, but total_nframe counts them all
import tracemalloc
def deep(k):
    if k == 0:
        return "z" * 1000
    return deep(k - 1)
tracemalloc.start()
x = deep(6)
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for trace in snap.traces:
    if trace.size > 1000:
        print(trace, repr(trace.traceback), trace.traceback.total_nframe)
print(snap.traceback_limit)
