# filter_traces() wants an iterable of filters; an empty one copies the traces
from tracemalloc import Snapshot, Filter
snap = Snapshot([(0, 5, (("a.py", 1),), 1)], 1)
for bad in [3, None, Filter(True, "a.py")]:
    try:
        snap.filter_traces(bad)
    except TypeError as e:
        print("TypeError:", e)
copy = snap.filter_traces([])
print(copy is snap, copy.traces == snap.traces, copy.traces._traces is snap.traces._traces)
print(copy.traceback_limit, len(snap.filter_traces((Filter(True, "a.py"),)).traces))
print(len(snap.filter_traces(f for f in [Filter(False, "a.py")]).traces))
