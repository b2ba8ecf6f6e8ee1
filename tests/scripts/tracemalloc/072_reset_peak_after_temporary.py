# reset_peak() forgets an earlier temporary peak; a later smaller one becomes the peak.
import tracemalloc
tracemalloc.start()
big = [str(i) * 10 for i in range(2000)]
del big
cur0, peak0 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
cur1, peak1 = tracemalloc.get_traced_memory()
small = [str(i) for i in range(100)]
del small
cur2, peak2 = tracemalloc.get_traced_memory()
print(peak0 > peak2, peak1 == cur1, peak2 >= cur2, peak2 > cur1)
tracemalloc.stop()
