# instances of a class with __slots__: the object alone, collector header included
import tracemalloc
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Q:
    __slots__ = ()
tracemalloc.start()
points = [P(i, i) for i in range(1000)]
qs = [Q() for i in range(300)]
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics("lineno"):
    if stat.size < 20000 or stat.count > 100:
        print(stat.traceback, stat.count, sorted(set(t.size for t in snap.traces
                                                    if t.traceback == stat.traceback))[:1])
