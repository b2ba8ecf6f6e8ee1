# get_tracemalloc_memory(): tracemalloc's own tables grow with the traces
import tracemalloc
print(tracemalloc.get_tracemalloc_memory() >= 0)
tracemalloc.start()
before = tracemalloc.get_tracemalloc_memory()
keep = ["%d" % i for i in range(50000)]
after = tracemalloc.get_tracemalloc_memory()
print(after > before, after > 50000 * 8)
