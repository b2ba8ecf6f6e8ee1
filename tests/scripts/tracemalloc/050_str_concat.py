# s += t on the only reference resizes the string in place: one block, traced at that line
import tracemalloc
tracemalloc.start()
text = ""
for i in range(100):
    text += "0123456789"
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
print(sorted((t.traceback[0].lineno, t.size) for t in snap.traces if t.size >= 1000))
print(len(text))
