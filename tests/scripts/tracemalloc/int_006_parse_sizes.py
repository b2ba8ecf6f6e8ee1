"""int_006_parse_sizes: traced sizes of int results (tracemalloc) match CPython's blocks."""
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


# int(text) allocates CPython's estimate from the number of digits (exact bits for bases
# 2, 8, 16, 32), including leading zeros, before normalizing
for n in range(1, 61):
    show("dec%d" % n, int, "9" * n)
    show("dec1e%d" % n, int, "1" + "0" * n)
    show("zeros%d" % n, int, "0" * n + "1234567")
    show("under%d" % n, int, "1_0" * n)
    show("neg%d" % n, int, "-" + "8" * n)
    show("bin%d" % n, int, "1" * n, 2)
    show("oct%d" % n, int, "7" * n, 8)
    show("hex%d" % n, int, "f" * n, 16)
    show("b36_%d" % n, int, "z" * n, 36)
    show("b7_%d" % n, int, "6" * n, 7)
    show("bytes%d" % n, int, b"5" * n)
for s in ("0x_ff", "0o777", "0b1010101010101010101010101010101010", "  12345678901  ",
          "-0", "0_0", "1" * 30, "-0x" + "f" * 20):
    show("base0 " + s.strip(), int, s, 0)
