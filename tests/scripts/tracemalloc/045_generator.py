# blocks allocated inside a generator carry the generator's line and the consumer's
import tracemalloc
def produce(n):
    for i in range(n):
        yield "item-%04d" % i
tracemalloc.start(2)
items = list(produce(300))
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics("traceback"):
    if stat.count > 100:
        print(stat)
        print(repr(stat.traceback))
