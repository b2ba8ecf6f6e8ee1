# bytes of several lengths, one line each: 33 + n bytes per object.
import tracemalloc
tracemalloc.start()
small = [b"x" * 10 + bytes([i % 200]) for i in range(300)]
medium = [b"y" * 100 + bytes([i % 200]) for i in range(300)]
large = [b"z" * 1000 + bytes([i % 200]) for i in range(300)]
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics("lineno"):
    print(stat)
