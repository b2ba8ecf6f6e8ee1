# a list made before tracing grows while tracing: its new item array is traced at the growing line
import tracemalloc
items = [None] * 10
tracemalloc.start()
items.extend([None] * 5000)
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
print(sorted((t.traceback[0].lineno, t.size) for t in snap.traces if t.size > 1000))
