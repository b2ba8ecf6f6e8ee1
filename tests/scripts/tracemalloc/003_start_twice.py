# start() while tracing changes nothing, not even the limit
import tracemalloc
tracemalloc.start(3)
tracemalloc.start(9)
print(tracemalloc.get_traceback_limit())
x = [object() for i in range(5)]
tracemalloc.start()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
print(len([t for t in snap.traces if t.size == 16]))
tracemalloc.stop()
