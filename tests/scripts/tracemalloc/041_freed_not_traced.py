# a block that was freed is no longer in the snapshot
import tracemalloc
tracemalloc.start()
keep = ["k" * 100 for i in range(10)]
drop = ["d" * 100 for i in range(10)]
del drop
temp = ["t" * 100 for i in range(10)][0]
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics("lineno"):
    print(stat.traceback, stat.count, min(t.size for t in snap.traces
                                          if t.traceback == stat.traceback))
