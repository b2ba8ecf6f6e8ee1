# take_snapshot() needs tracing; get_object_traceback() is None when not tracing
import tracemalloc
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
x = "a string" * 3
print(tracemalloc.get_object_traceback(x))
print(tracemalloc._get_traces(), tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory())
