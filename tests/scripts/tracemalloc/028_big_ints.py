# ints beyond the small-int cache: one-digit ints take a whole 32-byte int (as CPython's
# medium ints), longer ones 24 bytes plus 4 per 30-bit digit
import tracemalloc
tracemalloc.start()
medium = [k * 1000003 for k in range(1000, 1020)]
negative = [-(1 << k) for k in range(31, 300, 29)]
counters = list(range(5000, 5100))
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for line in (5, 6, 7):
    sizes = sorted(t.size for t in snap.traces if t.traceback[0].lineno == line and t.size < 180)
    print(line, len(sizes), sizes[:12])
