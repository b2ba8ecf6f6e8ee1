# statistics() grouped by line, file and traceback, largest first
from tracemalloc import Snapshot
traces = [
    (0, 1000, (("a.py", 1), ("main.py", 10)), 2),
    (0, 3000, (("a.py", 1), ("main.py", 11)), 2),
    (0, 50, (("b.py", 7), ("main.py", 10)), 2),
    (0, 50, (("b.py", 8), ("main.py", 10)), 2),
    (0, 20000, (("main.py", 12),), 1),
    (0, 10, (("a.py", 2), ("main.py", 10)), 2),
]
snap = Snapshot(traces, 2)
for key in ["lineno", "filename", "traceback"]:
    print("--", key)
    for stat in snap.statistics(key):
        print(stat)
        print(" ", repr(stat))
