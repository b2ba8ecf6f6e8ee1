# needs: pymalloc (sys.getallocatedblocks() is 0 when every block goes to malloc)
# Process memory vs live objects: freed objects leave tracemalloc's count at once, but the
# allocator keeps its arenas, so the process does not shrink the same way.
# Run: mnemo examples/24_process_memory_vs_live_objects.py
import resource
import sys
import tracemalloc


def rss_kib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss    # peak resident set, KiB


tracemalloc.start()
start_traced = tracemalloc.get_traced_memory()[0]
start_blocks = sys.getallocatedblocks()

items = [("item %d" % i) * 2 for i in range(200000)]        # ~200,000 small strings
made_traced = tracemalloc.get_traced_memory()[0]
made_blocks = sys.getallocatedblocks()
print("live objects made:     ~%d MB traced, %d thousand more blocks"
      % ((made_traced - start_traced) // 1000000, (made_blocks - start_blocks) // 1000))

del items                                                   # every string dies right here
freed_traced = tracemalloc.get_traced_memory()[0]
print("after del:             ~%d MB traced (back to the start: %s)"
      % ((freed_traced - start_traced) // 1000000, freed_traced - start_traced < 100000))
print("blocks back to start:", sys.getallocatedblocks() - start_blocks < 1000)

# The peak is remembered: the memory was really used.
print("peak kept by tracemalloc: ~%d MB" % (tracemalloc.get_traced_memory()[1] // 1000000))

# The operating system's view is the peak resident size: it never goes down.
print("max RSS went up while the strings lived:", rss_kib() > 10000)

# sys._debugmallocstats() (printed on stderr) shows the arenas the allocator still holds:
# freed small blocks stay in their pools, ready for the next objects of the same size.
sys._debugmallocstats()
tracemalloc.stop()
