# tuples longer than 20 items: 24 bytes + 8 per item + the collector header
import tracemalloc
tracemalloc.start()
rows = [tuple(range(k, k + 25)) for k in range(300)]
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
sizes = [t.size for t in snap.traces if t.size == 16 + 24 + 8 * 25]
print(len(sizes), sizes[:1])
