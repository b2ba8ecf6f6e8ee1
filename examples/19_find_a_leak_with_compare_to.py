# Finding a leak: two snapshots and compare_to('lineno') point at the line that keeps memory.
# Run: mnemo examples/19_find_a_leak_with_compare_to.py
import tracemalloc

_seen = []                     # a "cache" that nobody ever empties: the leak


def handle_request(n):
    body = "payload %05d " % n * 8      # a temporary: freed when the function returns
    _seen.append(body.upper())          # ... but this copy is kept forever
    return len(body)


tracemalloc.start()
for n in range(100):                    # warm up, then take the first picture
    handle_request(n)
before = tracemalloc.take_snapshot()

for n in range(100, 2100):              # 2000 more requests
    handle_request(n)
after = tracemalloc.take_snapshot()

# Only lines of this file: leave out what the snapshots themselves allocate.
mine = [tracemalloc.Filter(True, __file__)]
diffs = after.filter_traces(mine).compare_to(before.filter_traces(mine), "lineno")
print("Top differences:")
for diff in diffs[:3]:
    print(diff)

# The biggest growth is on the append line: 2000 strings of 8 * 14 characters each
# (49 bytes of str header + 112 characters + 1 = 161 B), plus the list growing its array.
top = diffs[0]
print()
print("leaking line:", top.traceback[0].lineno, "new blocks:", top.count_diff)
print("bytes per string:", 49 + len("payload 00000 " * 8))
