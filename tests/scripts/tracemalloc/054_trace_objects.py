# Trace objects from a real snapshot
import tracemalloc
tracemalloc.start(2)
def make():
    return "T" * 5000
blob = make()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
big = [t for t in snap.traces if t.size > 5000]
print(len(big))
print(big[0])
print(repr(big[0]))
print(big[0].domain, big[0].size, big[0].traceback.total_nframe)
print(big[0] == big[0], big[0] in snap.traces)
