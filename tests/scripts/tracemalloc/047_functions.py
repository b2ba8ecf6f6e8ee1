# a def statement allocates a function object (with its collector header)
import tracemalloc
tracemalloc.start()
def f():
    pass
def g(a, b=2, *args, **kw):
    return a
lam = lambda x: x
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in sorted(snap.statistics("lineno"), key=lambda s: s.traceback[0].lineno):
    print(stat)
