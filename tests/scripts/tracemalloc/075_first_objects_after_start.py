# What the first objects made after `import tracemalloc; tracemalloc.start()` cost depends on
# what the interpreter's free lists hold at that moment: mnemo starts from the same contents
# as CPython 3.11 (so many 2-tuples, floats, dicts, lists and dict tables, and one slice).
import tracemalloc

tracemalloc.start()
t2 = [(i, -i) for i in range(300, 340)]
t3 = [(i, i, i) for i in range(300, 310)]
fl = [i / 7 for i in range(10)]
ds = [{"x": i} for i in range(100)]
ls = [[] for i in range(50)]
sl = [slice(i, 999) for i in range(5)]
empty = [dict() for i in range(10)]
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
for stat in snap.statistics("lineno"):
    frame = stat.traceback[0]
    if frame.filename == __file__:
        print("line %d: count=%d size=%d" % (frame.lineno, stat.count, stat.size))
