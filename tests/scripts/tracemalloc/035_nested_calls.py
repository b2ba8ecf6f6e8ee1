# with 4 frames, tracebacks show the whole call chain, oldest first
import tracemalloc
def leaf(n):
    return "leaf-" * n
def middle(n):
    return [leaf(n) for i in range(3)]
def top():
    return middle(50)
tracemalloc.start(4)
kept = top()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics("traceback"):
    if stat.size > 200:
        print(stat)
        for line in stat.traceback.format():
            print(line)
        print(repr(stat.traceback))
