# the functions without parameters reject arguments
import tracemalloc, _tracemalloc
for name in ["is_tracing", "clear_traces", "get_traced_memory", "reset_peak",
             "get_tracemalloc_memory", "get_traceback_limit", "stop", "_get_traces"]:
    try:
        getattr(_tracemalloc, name)(1)
    except TypeError as e:
        print(name, e)
for args in [(), (1, 2)]:
    try:
        _tracemalloc._get_object_traceback(*args)
    except TypeError as e:
        print(e)
try:
    tracemalloc.is_tracing(x=1)
except TypeError as e:
    print(e)
print(sorted(n for n in dir(_tracemalloc) if not n.startswith("__")))
