# A set of 1,000 instances: the instances and the set's table, on one line.
import tracemalloc
class Key:
    __slots__ = ("k",)
    def __init__(self, k):
        self.k = k
tracemalloc.start()
keys = {Key(i) for i in range(1000)}
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
sizes = {}
for trace in snap.traces:
    sizes[trace.size] = sizes.get(trace.size, 0) + 1
print(sorted(sizes.items()))
print(snap.statistics("filename")[0])
