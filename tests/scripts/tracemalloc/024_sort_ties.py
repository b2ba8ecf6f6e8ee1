# equal sizes and counts: the larger traceback comes first
from tracemalloc import Snapshot
traces = [(0, 64, ((f, n),), 1) for f, n in [("b.py", 2), ("a.py", 9), ("b.py", 1), ("c.py", 1),
                                               ("a.py", 10)]]
traces.append((0, 32, (("a.py", 3),), 1))
traces.append((0, 32, (("a.py", 3),), 1))
snap = Snapshot(traces, 1)
for stat in snap.statistics("lineno"):
    print(stat)
for stat in snap.compare_to(Snapshot([], 1), "lineno"):
    print(stat)
