# compare_to('traceback') with two frames tells the callers apart
import tracemalloc
store = []
def grow(n):
    store.append("g" * n)
def a():
    grow(100)
def b():
    grow(300)
tracemalloc.start(2)
old = tracemalloc.take_snapshot()
for i in range(50):
    a()
for i in range(20):
    b()
new = tracemalloc.take_snapshot()
flt = [tracemalloc.Filter(True, __file__)]
for diff in new.filter_traces(flt).compare_to(old.filter_traces(flt), "traceback"):
    if diff.size_diff > 2000:
        print(diff)
        print(diff.traceback.format())
