# compare_to(): new, grown, shrunk and vanished groups, sorted by the size of the change
from tracemalloc import Snapshot
old = Snapshot([
    (0, 1000, (("a.py", 1),), 1), (0, 1000, (("a.py", 1),), 1),
    (0, 500, (("a.py", 2),), 1), (0, 70000, (("b.py", 9),), 1),
    (0, 64, (("c.py", 4),), 1),
], 1)
new = Snapshot([
    (0, 1000, (("a.py", 1),), 1), (0, 1000, (("a.py", 1),), 1), (0, 1000, (("a.py", 1),), 1),
    (0, 400, (("a.py", 2),), 1), (0, 64, (("c.py", 4),), 1),
    (0, 3 * 1024 * 1024, (("d.py", 5),), 1),
], 1)
for key in ["lineno", "filename", "traceback"]:
    print("--", key)
    for diff in new.compare_to(old, key):
        print(diff)
        print(" ", repr(diff))
print("-- reversed")
for diff in old.compare_to(new, "lineno"):
    print(diff)
