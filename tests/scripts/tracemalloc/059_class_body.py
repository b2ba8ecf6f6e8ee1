# allocations in a class body are charged to the class body's lines
import tracemalloc
tracemalloc.start(2)
class Config:
    NAMES = ["opt%d" % i for i in range(100)]
    DEFAULT = "d" * 500
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics("traceback"):
    if stat.traceback[-1].lineno in (5, 6) and stat.count >= 1 and stat.size > 500:
        print(stat, repr(stat.traceback))
