# compare_to('lineno') finds the line that keeps growing
import tracemalloc
cache = []
def handle(i):
    text = "request %d" % i
    cache.append(text * 10)
    return len(text)
tracemalloc.start()
for i in range(100):
    handle(i)
first = tracemalloc.take_snapshot()
for i in range(100, 1100):
    handle(i)
second = tracemalloc.take_snapshot()
only_me = [tracemalloc.Filter(True, __file__)]
for diff in second.filter_traces(only_me).compare_to(first.filter_traces(only_me), "lineno"):
    if diff.traceback[0].lineno == 5:
        print(diff)
