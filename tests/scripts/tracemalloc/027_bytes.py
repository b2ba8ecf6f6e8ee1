# bytes objects: 33 bytes of header plus the data
import tracemalloc
tracemalloc.start()
blobs = [b"x" * n for n in range(2, 200, 3)]
one = b"\x00" * 100000
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
blob_traces = [t.size for t in snap.traces if t.traceback[0].lineno == 4 and t.size < 300]
print(len(blob_traces), sum(blob_traces), min(blob_traces), max(blob_traces))
print([str(s) for s in snap.statistics("lineno") if s.traceback[0].lineno == 5])
