# Grouping by traceback with two frames: the same line reached from two callers.
import tracemalloc
def make(n):
    return [str(i) * 3 for i in range(n)]
def first():
    return make(100)
def second():
    return make(200)
tracemalloc.start(2)
a = first()
b = second()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics("traceback")[:2]:
    print(stat.count, stat.size)
    for line in stat.traceback.format():
        print(line)
