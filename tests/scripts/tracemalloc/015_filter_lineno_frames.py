# Filter by line, and all_frames matches any frame of the traceback
from tracemalloc import Snapshot, Filter
traces = [
    (0, 100, (("a.py", 1), ("main.py", 10)), 2),
    (0, 200, (("b.py", 2), ("a.py", 5), ("main.py", 11)), 3),
    (0, 300, (("main.py", 12),), 1),
    (0, 400, (("a.py", 5),), 1),
]
snap = Snapshot(traces, 3)
def show(*filters):
    print([t.size for t in snap.filter_traces(list(filters)).traces])
show(Filter(True, "a.py"))
show(Filter(True, "a.py", all_frames=True))
show(Filter(False, "a.py", all_frames=True))
show(Filter(True, "a.py", lineno=5))
show(Filter(True, "a.py", lineno=5, all_frames=True))
show(Filter(False, "a.py", lineno=5))
show(Filter(True, "main.py", all_frames=True), Filter(False, "b.py"))
show(Filter(True, "main.py"), Filter(True, "a.py"))
show(Filter(False, "main.py", all_frames=True))
show()
