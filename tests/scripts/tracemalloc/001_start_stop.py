# start/stop/is_tracing and the traceback limit
import tracemalloc
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start(7)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.stop()
# the limit survives stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.stop()
print(tracemalloc.is_tracing())
