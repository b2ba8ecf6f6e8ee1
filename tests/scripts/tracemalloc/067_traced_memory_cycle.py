# Traced memory rises while a structure lives and falls back when it dies.
import tracemalloc
tracemalloc.start()
base, _ = tracemalloc.get_traced_memory()
data = [[j for j in range(10)] for i in range(500)]
during, peak1 = tracemalloc.get_traced_memory()
del data
after, peak2 = tracemalloc.get_traced_memory()
print(during - base > 500 * 100, peak1 == peak2, after - base < 1000)
print(peak2 >= during)
tracemalloc.stop()
print(tracemalloc.get_traced_memory())
