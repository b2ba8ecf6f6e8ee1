# clear_traces() forgets every trace but keeps tracing
import tracemalloc
tracemalloc.start()
old = "old string " * 10
tracemalloc.clear_traces()
print(tracemalloc.is_tracing(), tracemalloc.get_object_traceback(old))
print(tracemalloc.get_traced_memory()[1] < 1000)
new = "new string " * 10
print(tracemalloc.get_object_traceback(new))
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
print([str(s) for s in snap.statistics("lineno")])
