# a temporary list raises the peak but not the current size
import tracemalloc
tracemalloc.start()
tracemalloc.reset_peak()
cur0, peak0 = tracemalloc.get_traced_memory()
total = sum(len(s) for s in ["x" * 1000 for i in range(1000)])
cur1, peak1 = tracemalloc.get_traced_memory()
print(total, (cur1 - cur0) < 5000, (peak1 - cur0) // 100000)
