# The collector over a big heap: 1,000,000 tracked objects alive (lists, tuples holding lists,
# dicts, instances), then full collections timed on their own (bench-time on stderr).
import gc
import sys
import time

class Item:
    def __init__(self, i):
        self.i = i

gc.disable()
heap = []
for i in range(250000):
    heap.append([i])
    heap.append(({}, heap[-1]))
    heap.append({"k": heap[-1]})
    heap.append(Item(i))
t0 = time.perf_counter()
found = 0
for _ in range(3):
    found += gc.collect()
elapsed = time.perf_counter() - t0
print(len(heap), found)
print(f"bench-time: {elapsed:.6f}", file=sys.stderr)
