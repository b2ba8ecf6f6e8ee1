# One function, two callers: grouping by 'traceback' tells them apart, 'lineno' cannot.
# Run: mnemo examples/21_group_by_traceback.py
import tracemalloc


def make_buffer(size):
    return "#" * size                   # every buffer is allocated on this one line


def small_jobs():
    return [make_buffer(100) for i in range(300)]


def big_job():
    return [make_buffer(20000) for i in range(5)]


tracemalloc.start(3)                    # 3 frames: the line, its caller, and the caller's caller
jobs = small_jobs()
report = big_job()
snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])

print("By line, both callers melt into one entry:")
for stat in snapshot.statistics("lineno")[:1]:
    print(" ", stat)

print()
print("By traceback, each caller gets its own entry:")
for stat in snapshot.statistics("traceback")[:2]:
    print(" ", stat)
    for line in stat.traceback.format(most_recent_first=True):
        print("  ", line)

print()
print("Cumulative by line: every frame of a stack is charged")
for stat in snapshot.statistics("lineno", cumulative=True)[:4]:
    print(" ", stat)
