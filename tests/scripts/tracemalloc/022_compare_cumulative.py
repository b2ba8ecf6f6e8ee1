# compare_to() in cumulative mode
from tracemalloc import Snapshot
old = Snapshot([(0, 100, (("a.py", 1), ("m.py", 5)), 2)], 2)
new = Snapshot([(0, 100, (("a.py", 1), ("m.py", 5)), 2), (0, 40, (("b.py", 2), ("m.py", 6)), 2)], 2)
for key in ["lineno", "filename"]:
    for diff in new.compare_to(old, key, cumulative=True):
        print(diff)
try:
    new.compare_to(old, "traceback", True)
except ValueError as e:
    print("ValueError:", e)
