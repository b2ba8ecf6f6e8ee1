# a module imported while tracing: its lines are charged to its own file
import tracemalloc
tracemalloc.start(2)
import _tm_helper
more = _tm_helper.grow(50)
snap = tracemalloc.take_snapshot()
helper = snap.filter_traces([tracemalloc.Filter(True, "*_tm_helper.py")])
for stat in helper.statistics("lineno"):
    if stat.count > 10:
        print(stat)
mine = snap.filter_traces([tracemalloc.Filter(True, __file__)])
print([str(s) for s in mine.statistics("lineno") if s.count > 10])
