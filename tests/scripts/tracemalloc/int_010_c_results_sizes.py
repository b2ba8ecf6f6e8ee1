"""int_010_c_results_sizes: traced sizes of int results (tracemalloc) match CPython's blocks."""
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


# ints made from C sizes: len(), hash(), bit_length(), find()/count()/index() and
# sys.getsizeof() take exactly their digits (28 bytes for one); arithmetic fast paths,
# range items and sum() of small ints take a whole 32-byte int
big = 2**70 + 3
show("hash(big)", hash, big)
show("hash(-big)", hash, -big)
show("hash(2**61+300)", hash, 2**61 + 300)
show("len str", len, "x" * 3000)
show("len list", len, [0] * 100000)
show("len bytes", len, b"x" * 70000)
show("len range", len, range(10**6))
show("str.find", lambda s: s.find("y"), "x" * 3000 + "y")
show("str.count", lambda s: s.count("x"), "x" * 3000)
show("str.index", lambda s: s.index("y"), "x" * 3000 + "y")
show("list.index", lambda l: l.index(1), [0] * 1000 + [1])
show("bytes.find", lambda b: b.find(b"y"), b"x" * 1000 + b"y")
show("bit_length", lambda x: x.bit_length(), 2**1000)
show("bit_count", lambda x: x.bit_count(), 2**400 - 1)
show("getsizeof", sys.getsizeof, [0] * 1000)
show("ord", ord, "\u4e00")
show("range next", next, iter(range(100000, 100002)))
show("range big next", next, iter(range(2**40, 2**40 + 3)))
show("range item", lambda r: r[5000], range(10000))
show("enumerate", lambda e: next(e)[0], enumerate("ab", 100000))
show("sum small", sum, [2**29, 2**29, 2**29])
show("sum range", sum, range(1000))
show("sum big", sum, [2**40 + 12345] * 3)
show("sum mixed", sum, [1, 2**31, 3])
show("True*", lambda b: b * 100000, True)
show("max", max, [2**40, 3])
