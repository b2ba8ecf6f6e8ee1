# stop() forgets the traces; start() again begins afresh
import tracemalloc
tracemalloc.start()
a = "first %d " % 1 * 20
tracemalloc.stop()
print(tracemalloc.get_object_traceback(a), tracemalloc.get_traced_memory())
tracemalloc.start(2)
b = "second %d " % 2 * 20
print(tracemalloc.get_object_traceback(a), tracemalloc.get_object_traceback(b))
snap = tracemalloc.take_snapshot()
print(snap.traceback_limit)
mine = snap.filter_traces([tracemalloc.Filter(True, __file__)])
print([str(s) for s in mine.statistics("lineno")])
