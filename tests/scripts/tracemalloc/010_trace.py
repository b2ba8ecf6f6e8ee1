# Trace: domain, size, traceback, str and repr
from tracemalloc import Trace
t = Trace((0, 2235 * 1024, (("app.py", 6), ("main.py", 1)), 2))
print(t)
print(repr(t))
print(t.domain, t.size, repr(t.traceback), t.traceback.total_nframe)
u = Trace((3, 12, (("x.py", 2),), 1))
print(u, repr(u), u == t, u == Trace((3, 12, (("x.py", 2),), 1)), hash(u) == hash(u._trace))
print(u == 5)
