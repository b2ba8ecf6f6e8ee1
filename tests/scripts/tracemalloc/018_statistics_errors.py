# statistics() and compare_to() key types
from tracemalloc import Snapshot
snap = Snapshot([(0, 5, (("a.py", 1),), 1)], 1)
for args in [("line",), ("Lineno",), ("traceback", True), (None,)]:
    try:
        snap.statistics(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    snap.compare_to(snap, "frame")
except ValueError as e:
    print("ValueError:", e)
print(snap.statistics("lineno", True), snap.statistics("filename", cumulative=True))
print(Snapshot([], 1).statistics("traceback"), Snapshot([], 1).compare_to(snap, "lineno"))
