# Snapshot.dump() and Snapshot.load() give back an equal snapshot
import os
import tracemalloc
tracemalloc.start(3)
data = ["dump-%d" % i for i in range(100)]
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
path = "_dump_test.tmp"
snap.dump(path)
loaded = tracemalloc.Snapshot.load(path)
os.remove(path)
print(type(loaded).__name__, loaded.traceback_limit, len(loaded.traces) == len(snap.traces))
print(loaded.statistics("traceback") == snap.statistics("traceback"))
print(loaded.statistics("lineno")[0])
