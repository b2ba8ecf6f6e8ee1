# Filters: keep your own files, drop the noise (tracemalloc itself, imports, one line).
# Run: mnemo examples/22_filter_to_your_own_files.py
import tracemalloc

import _waste_memory                    # a second file of "our" program

tracemalloc.start()
data = _waste_memory.build(200)
names = ["user%d" % i for i in range(1000)]
snapshot = tracemalloc.take_snapshot()

# Everything that was allocated, grouped by file: only the count of files is printed, since
# the interpreter's own files differ between implementations.
everything = snapshot.statistics("filename")
print("files with live blocks:", len(everything) > 2)

# 1. Only this file.
mine = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
print("this file:")
for stat in mine.statistics("lineno"):
    if stat.size > 1000:
        print(" ", stat)

# 2. This file and the helper module: two inclusive filters are or-ed.
ours = snapshot.filter_traces([tracemalloc.Filter(True, __file__),
                               tracemalloc.Filter(True, "*_waste_memory.py")])
print("our files:")
for stat in ours.statistics("filename"):
    print(" ", stat)

# 3. Exclusive filters are and-ed: drop one line, and tracemalloc's own allocations.
without = ours.filter_traces([tracemalloc.Filter(False, __file__, lineno=9),
                              tracemalloc.Filter(False, tracemalloc.__file__)])
print("without line 9:")
for stat in without.statistics("lineno")[:3]:
    print(" ", stat)
