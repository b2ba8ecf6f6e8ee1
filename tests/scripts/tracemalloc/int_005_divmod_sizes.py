"""int_005_divmod_sizes: traced sizes of int results (tracemalloc) match CPython's blocks."""
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


# //, % and divmod: single-digit operands go through C longs; a single-digit divisor gives a
# quotient of |a| digits and a C-long remainder; |a| < |b| hands back a itself
vals = [7, -7, 300, -300, 2**29 + 1, -(2**29 + 1), 2**30, 2**40 + 12345, -(2**40 + 12345),
        2**60 - 1, 2**70 + 3, -(2**70 + 3), 10**30, -(10**30), 7**60]
for i, x in enumerate(vals):
    for j, y in enumerate(vals):
        show("v%d//v%d" % (i, j), lambda x, y: x // y, x, y)
        show("v%d%%v%d" % (i, j), lambda x, y: x % y, x, y)
        show("divmod(v%d,v%d)[0]" % (i, j), lambda x, y: divmod(x, y)[0], x, y)
        show("divmod(v%d,v%d)[1]" % (i, j), lambda x, y: divmod(x, y)[1], x, y)
for x in (2**70 + 3, -(2**70 + 3), 10**30 + 5, 123456789):
    for nd in (-1, -5, -20):
        show("round(%d,%d)" % (x % 1000, nd), round, x, nd)
