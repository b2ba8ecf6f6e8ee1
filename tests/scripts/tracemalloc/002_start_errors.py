# start() checks its argument as CPython's _tracemalloc does
import tracemalloc
for args in [(0,), (-1,), (65536,), (10**30,), (-10**30,), (1.5,), ("3",), (None,), (1, 2)]:
    try:
        tracemalloc.start(*args)
        print(args, "started")
        tracemalloc.stop()
    except (ValueError, TypeError, OverflowError) as e:
        print(args, type(e).__name__, e)
try:
    tracemalloc.start(nframe=2)
except TypeError as e:
    print("TypeError", e)
tracemalloc.start(65535)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
tracemalloc.start(True)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
