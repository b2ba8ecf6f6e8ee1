# statistics('filename') puts all of a file's blocks together, line 0
import tracemalloc
tracemalloc.start()
words = ["word%d" % i for i in range(500)]
more = ["more%d" % i for i in range(500)]
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
stats = snap.statistics("filename")
print(len(stats), stats[0].traceback, stats[0].count >= 1000, stats[0].traceback[0].lineno)
