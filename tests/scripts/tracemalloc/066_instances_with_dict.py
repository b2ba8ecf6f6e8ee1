# Instances with two attributes each: the object and its inline values, on the lines that
# create them.
import tracemalloc
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
tracemalloc.start()
first = Point(0, 0)
points = [Point(i, -i) for i in range(1000)]
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics("lineno"):
    print(stat.traceback[0].lineno, stat.count, stat.size)
