# average= in statistics, for sizes in B, KiB and MiB
import tracemalloc
tracemalloc.start()
small = ["s" * 10 for i in range(1000)]
medium = ["m" * 3000 for i in range(100)]
large = ["L" * (2 * 1024 * 1024)]
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics("lineno"):
    print(stat)
