# Snapshot.traces is a sequence of Trace objects
from tracemalloc import Snapshot, Trace
raw = [(0, 10, (("a.py", 1),), 1), (0, 20, (("b.py", 2),), 1), (0, 30, (("c.py", 3),), 1)]
snap = Snapshot(raw, 4)
t = snap.traces
print(repr(t), len(t), snap.traceback_limit)
print(t[0], t[-1], t[1:], [x.size for x in t])
print(Trace(raw[1]) in t, Trace((0, 11, (("a.py", 1),), 1)) in t)
print(t.index(Trace(raw[2])), t.count(Trace(raw[0])))
print([x.size for x in reversed(t)])
print(t == Snapshot(list(raw), 1).traces, t == Snapshot(raw[:2], 1).traces)
