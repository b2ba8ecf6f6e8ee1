# The block of a class object itself, as CPython 3.11 allocates it (a PyHeapTypeObject with
# its collector header), and the shared keys table made for its instances' attributes.
import tracemalloc

tracemalloc.start()


class Plain:
    pass


class WithSlots:
    __slots__ = ("a", "b")


snap = tracemalloc.take_snapshot()
tracemalloc.stop()
for lineno in (8, 12):
    sizes = sorted(t.size for t in snap.traces
                   if t.traceback[0].filename == __file__ and t.traceback[0].lineno == lineno)
    print(lineno, sizes[-2:])
