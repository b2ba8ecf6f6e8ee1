# clear_traces() also sets current and peak back to zero
import tracemalloc
tracemalloc.start()
big = "B" * 1000000
print(tracemalloc.get_traced_memory()[1] >= 1000000)
tracemalloc.clear_traces()
cur, peak = tracemalloc.get_traced_memory()
print(cur < 1000, peak < 1000)
del big
print(tracemalloc.get_traced_memory()[0] < 1000)
other = "O" * 300000
cur, peak = tracemalloc.get_traced_memory()
print(cur // 100000, peak // 100000)
