"""int_004_shift_sizes: traced sizes of int results (tracemalloc) match CPython's blocks."""
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


# x << n takes |x| digits plus the whole digits shifted in, plus one unless n is a multiple
# of 30; x >> n drops whole digits (for negatives, a multiple of 30 counts one digit less)
vals = [1, -1, 5, -5, 300, -300, 2**29 + 1, -(2**29 + 1), 2**30, 2**40 + 12345,
        -(2**40 + 12345), 2**60, -(2**60), 2**70 + 3, -(2**70 + 3), 2**120 - 1, -(2**120)]
for i, x in enumerate(vals):
    for n in (0, 1, 3, 29, 30, 31, 59, 60, 61, 64, 90, 200):
        show("v%d<<%d" % (i, n), lambda x, n: x << n, x, n)
        show("v%d>>%d" % (i, n), lambda x, n: x >> n, x, n)


def ilshift(x, n):
    x <<= n
    return x


for i, x in enumerate(vals):
    show("v%d<<=45" % i, ilshift, x, 45)
