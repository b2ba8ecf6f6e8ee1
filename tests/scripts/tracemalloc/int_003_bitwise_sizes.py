"""int_003_bitwise_sizes: traced sizes of int results (tracemalloc) match CPython's blocks."""
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


# &, | and ^ size their result from the operand that bounds it (the shorter one for & of
# positives, the negative one for |), plus a digit when the result is negative
vals = [0, 5, -5, 300, -300, 2**29 + 1, -(2**29 + 1), 2**30 - 1, 2**40 + 12345,
        -(2**40 + 12345), 2**60 - 1, -(2**60), 2**70 + 3, -(2**70 + 3), 2**100 - 1, -(7**50)]
for i, x in enumerate(vals):
    for j, y in enumerate(vals):
        show("v%d&v%d" % (i, j), lambda x, y: x & y, x, y)
        show("v%d|v%d" % (i, j), lambda x, y: x | y, x, y)
        show("v%d^v%d" % (i, j), lambda x, y: x ^ y, x, y)
