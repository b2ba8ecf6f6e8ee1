# total_nframe counts every frame of the stack, even those past the limit
import tracemalloc
def a():
    return b()
def b():
    return c()
def c():
    return "abc" * 1000
tracemalloc.start(2)
x = a()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for trace in snap.traces:
    if trace.size > 3000:
        print(len(trace.traceback), trace.traceback.total_nframe, repr(trace.traceback))
tracemalloc.stop()
tracemalloc.start(10)
y = a()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for trace in snap.traces:
    if trace.size > 3000:
        print(len(trace.traceback), trace.traceback.total_nframe)
        print("\n".join(trace.traceback.format()))
