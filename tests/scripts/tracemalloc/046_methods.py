# methods and class bodies
import tracemalloc
tracemalloc.start(3)
class Registry:
    def __init__(self):
        self.names = []
    def add(self, name):
        self.names.append(name.upper())
reg = Registry()
for i in range(200):
    reg.add("name%03d" % i)
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics("traceback"):
    if stat.count >= 200:
        print(stat)
        for line in stat.traceback.format(most_recent_first=True):
            print(line)
