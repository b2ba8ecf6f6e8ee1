# Filter with a domain, DomainFilter
from tracemalloc import Snapshot, Filter, DomainFilter
traces = [(0, 1, (("a.py", 1),), 1), (1, 2, (("a.py", 2),), 1), (2, 4, (("b.py", 3),), 1),
          (1, 8, (("b.py", 4),), 1)]
snap = Snapshot(traces, 1)
def show(*filters):
    print([t.size for t in snap.filter_traces(list(filters)).traces])
show(DomainFilter(True, 1))
show(DomainFilter(False, 1))
show(DomainFilter(True, 7))
show(Filter(True, "a.py", domain=1))
show(Filter(False, "a.py", domain=1))
show(Filter(True, "*", domain=2))
show(Filter(False, "b.py", domain=0))
show(DomainFilter(True, 1), DomainFilter(True, 2))
show(DomainFilter(False, 1), DomainFilter(False, 2))
print(sorted(set(t.domain for t in snap.traces)))
