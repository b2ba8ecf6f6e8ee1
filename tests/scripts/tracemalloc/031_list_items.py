# a list's item array is a block of its own: [None] * n asks for exactly 8 * n bytes
import tracemalloc
tracemalloc.start()
a = [None] * 1000
b = [0] * 12345
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for line in (4, 5):
    print(line, max(t.size for t in snap.traces if t.traceback[0].lineno == line))
