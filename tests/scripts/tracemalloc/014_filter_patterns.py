# Filter patterns are fnmatch patterns on the most recent frame's filename
from tracemalloc import Snapshot, Filter
names = ["app.py", "lib/util.py", "lib/sub/deep.py", "a.py", "b.py", "ab.py", "x[1].py",
         "test_app.py", "APP.py", "mod.pyc"]
traces = [(0, 10 * (i + 1), ((n, i + 1),), 1) for i, n in enumerate(names)]
snap = Snapshot(traces, 1)
for pattern in ["app.py", "*.py", "lib/*", "lib/*.py", "?.py", "[ab].py", "[!a].py", "a*",
                "*app*", "x[[]1].py", "lib/*/deep.py", "mod.pyc", "mod.py", "*.pyc", "",
                "[a-b].py", "*/*.py", "*.p?"]:
    for inclusive in (True, False):
        kept = snap.filter_traces([Filter(inclusive, pattern)])
        print(repr(pattern), inclusive, [t.traceback[0].filename for t in kept.traces])
