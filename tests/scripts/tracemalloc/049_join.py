# str.join builds one block of the final size
import tracemalloc
parts = ["part%d" % i for i in range(100)]
tracemalloc.start()
joined = ", ".join(parts)
upper = joined.upper()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in sorted(snap.statistics("lineno"), key=lambda s: s.traceback[0].lineno):
    print(stat, len(joined))
