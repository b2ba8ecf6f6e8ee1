"""int_002_mul_pow_sizes: traced sizes of int results (tracemalloc) match CPython's blocks."""
import sys
import tracemalloc

keep = [None] * 4000
slot = [0]


def measure(label, f, *args):
    # traced growth while one int result is created and kept (the get_traced_memory
    # int of the first reading is alive too and cancels out with the baseline)
    s0 = tracemalloc.get_traced_memory()[0]
    r = f(*args)
    s1 = tracemalloc.get_traced_memory()[0]
    keep[slot[0]] = r
    slot[0] += 1
    return s1 - s0, r


def none():
    return None


tracemalloc.start()


def show(label, f, *args, **kw):
    # a window that creates nothing, measured the same way just before, is the baseline
    base = measure(label, none)[0]
    if kw:
        grown, r = measure(label, lambda: f(*args, **kw))
    else:
        grown, r = measure(label, f, *args)
    print(label, grown - base, sys.getsizeof(r) if type(r) is int else "-")


# a * b allocates the sum of the digit counts unless both are single digits; x ** n repeats
# the multiplications of CPython's left-to-right loop, so its last product decides the block
vals = [0, 3, -3, 300, 2**29 + 1, -(2**29 + 1), 2**30, 2**40 + 12345, -(2**40 + 12345), 2**60,
        2**70 + 3, 10**30, -(7**60)]
for i, x in enumerate(vals):
    for j, y in enumerate(vals):
        show("v%d*v%d" % (i, j), lambda x, y: x * y, x, y)
for b in (2, 3, -3, 7, 300, -300, 1000, 2**31 + 1, 2**61 + 1, 2**100 + 7, -(2**100 + 7)):
    for e in (0, 1, 2, 3, 5, 7, 10, 31, 33, 64, 100):
        show("%d**%d" % (b % 10007, e), pow, b, e)
    for m in (7, 1000003, 2**40 + 1, 10**30 + 7, -(10**30 + 7)):
        for e in (1, 2, 5, 64, 1000):
            show("pow(%d,%d,%d)" % (b % 10007, e, m % 10007), pow, b, e, m)
