# An object taken from a free list is no new allocation, but tracemalloc moves its trace to the
# line that reuses it (CPython's _PyTraceMalloc_NewReference): objects made on one line, freed,
# then reused on another line are counted on the second line. gc.collect() empties the tuple,
# float, list and dict free lists first, so every object here is made while tracing.
import gc
import tracemalloc

tracemalloc.start()
LINES = {}


def pairs(n, base):
    return [(base + i, i) for i in range(n)]


gc.collect()
a = pairs(50, 1000)
fa = [i * 0.5 for i in range(3, 40)]
da = [{"k": i} for i in range(30)]
la = [[i] for i in range(30)]
s1 = [slice(i, 2000) for i in range(3)]
snap1 = tracemalloc.take_snapshot()
del a, fa, da, la, s1
b = pairs(50, 2000)
fb = [i * 0.25 for i in range(3, 40)]
db = [{"k": i} for i in range(30)]
lb = [[i] for i in range(30)]
s2 = slice(3, 4000)
snap2 = tracemalloc.take_snapshot()
tracemalloc.stop()
for title, snap in (("made", snap1), ("reused", snap2)):
    print(title)
    for stat in snap.statistics("lineno"):
        frame = stat.traceback[0]
        if frame.filename == __file__ and 13 <= frame.lineno <= 28:
            print("  line %d: count=%d size=%d" % (frame.lineno, stat.count, stat.size))
