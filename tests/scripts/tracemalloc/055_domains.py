# every block traced by Python allocators is in domain 0
import tracemalloc
tracemalloc.start()
x = [str(i) for i in range(300)]
snap = tracemalloc.take_snapshot()
print(sorted(set(t.domain for t in snap.traces)))
print(len(snap.filter_traces([tracemalloc.DomainFilter(False, 0)]).traces))
print(len(snap.filter_traces([tracemalloc.DomainFilter(True, 0)]).traces) == len(snap.traces))
