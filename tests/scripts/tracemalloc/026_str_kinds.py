# str sizes by kind: ASCII, Latin-1, UCS-2 and UCS-4 characters
import tracemalloc
tracemalloc.start()
n = 40
a = "a" * n
b = "\xe9" * n
c = "\u20ac" * n
d = "\U0001F600" * n
e = "x" * (n * 100)
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in sorted(snap.statistics("lineno"), key=lambda s: s.traceback[0].lineno):
    print(stat)
