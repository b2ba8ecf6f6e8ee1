"""int_007_bytes_sizes: traced sizes of int results (tracemalloc) match CPython's blocks."""
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


# int.from_bytes sizes the int from the significant bytes (leading 0x00, or 0xff for a
# negative signed value, are skipped; a negative value keeps one more)
def from_signed(b):
    return int.from_bytes(b, "big", signed=True)


from_signed(b"\x01")    # the first call of a function allocates in CPython: warm it up
for x in (0, 1, 300, 2**29 + 1, 2**30, 2**40 + 12345, 2**60, 2**70 + 3, 2**100 - 1, 7**80):
    n = (x.bit_length() + 7) // 8
    for pad in (0, 1, 3, 10):
        b = x.to_bytes(n + pad, "big")
        show("big %d+%d" % (x % 10007, pad), int.from_bytes, b, "big")
        show("little %d+%d" % (x % 10007, pad), int.from_bytes, b[::-1], "little")
    for sx in (x, -x, -x - 1):
        for width in (n + 1, n + 4, 40):
            b = sx.to_bytes(width, "big", signed=True)
            show("signed %d w%d" % (sx % 10007, width), from_signed, b)
show("empty", int.from_bytes, b"", "big")
show("ones20", int.from_bytes, b"\x01" * 20, "big")
show("ff20", from_signed, b"\xff" * 20)
