# An unreachable pair of plain instances is 2 objects for the collector.
import gc
class P:
    def __init__(self):
        self.other = None
gc.collect()
a = P()
b = P()
a.other = b
b.other = a
del a, b
print(gc.collect())
