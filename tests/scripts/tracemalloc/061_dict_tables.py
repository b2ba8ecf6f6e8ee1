# a dict's key table is a block of its own, sized by the number of keys
import tracemalloc
tracemalloc.start()
d1 = {"k%d" % i: i for i in range(5)}
d2 = {"k%d" % i: i for i in range(100)}
d3 = dict.fromkeys(range(1000, 3000))
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for line in (4, 5, 6):
    print(line, max(t.size for t in snap.traces if t.traceback[0].lineno == line))
