# cumulative compare_to on a real program: callers are charged for their callees
import tracemalloc
store = []
def inner():
    store.append("inner" * 20)
def outer():
    inner()
    store.append("outer" * 40)
tracemalloc.start(3)
s1 = tracemalloc.take_snapshot()
for i in range(100):
    outer()
s2 = tracemalloc.take_snapshot()
flt = [tracemalloc.Filter(True, __file__, all_frames=True)]
for diff in s2.filter_traces(flt).compare_to(s1.filter_traces(flt), "lineno", cumulative=True):
    if diff.count_diff >= 100:
        print(diff)
