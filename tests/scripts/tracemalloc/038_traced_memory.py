# get_traced_memory(): current and peak, in rounded figures
import tracemalloc
tracemalloc.start()
base, _ = tracemalloc.get_traced_memory()
blob = b"x" * 1000000
cur, peak = tracemalloc.get_traced_memory()
print((cur - base) // 1000, peak >= cur)
del blob
cur2, peak2 = tracemalloc.get_traced_memory()
print((cur - cur2) // 1000, peak2 == peak, (peak2 - cur2) // 1000)
tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
print((peak3 - cur3) < 1000)
tmp = [b"y" * 500000 for i in range(2)]
del tmp
cur4, peak4 = tracemalloc.get_traced_memory()
print((peak4 - cur4) // 100000)
