# cumulative statistics count a block once for every frame of its traceback
from tracemalloc import Snapshot
traces = [
    (0, 1000, (("a.py", 1), ("main.py", 10)), 2),
    (0, 3000, (("a.py", 1), ("main.py", 11)), 2),
    (0, 50, (("b.py", 7), ("a.py", 3), ("main.py", 10)), 3),
    (0, 20000, (("main.py", 12),), 1),
]
snap = Snapshot(traces, 3)
for key in ["lineno", "filename"]:
    print("--", key)
    for stat in snap.statistics(key, cumulative=True):
        print(stat)
