# The same 2,000 records as slotted instances and as instances with a __dict__: the traced
# sizes per line show what __slots__ saves.
import tracemalloc
class WithDict:
    def __init__(self, a, b):
        self.a = a
        self.b = b
class WithSlots:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b
tracemalloc.start()
d = [WithDict(None, None) for i in range(2000)]
s = [WithSlots(None, None) for i in range(2000)]
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics("lineno"):
    print(stat.traceback[0].lineno, stat.count, stat.size)
