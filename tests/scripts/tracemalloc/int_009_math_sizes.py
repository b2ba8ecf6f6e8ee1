"""int_009_math_sizes: traced sizes of int results (tracemalloc) match CPython's blocks."""
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


import math

# factorial builds its odd part shifted left; isqrt's last Newton step is an addition;
# comb and perm convert results that fit a C long long exactly
for n in range(0, 60):
    show("factorial(%d)" % n, math.factorial, n)
for n in (100, 200, 500):
    show("factorial(%d)" % n, math.factorial, n)
for x in (0, 5, 300, 2**30, 2**40 + 5, 2**62, 2**64 - 1, 2**64, 2**70 + 3, 10**30, 10**50,
          7**200, (2**70 + 3)**2, (2**70 + 3)**2 - 1):
    show("isqrt(%d)" % (x % 10007), math.isqrt, x)
for n, k in ((10, 3), (30, 15), (60, 30), (67, 33), (40, 2), (1000, 3), (20, 20), (21, 21),
             (25, 25)):
    show("comb(%d,%d)" % (n, k), math.comb, n, k)
    show("perm(%d,%d)" % (n, k), math.perm, n, k)
show("perm(25)", math.perm, 25)
for x, y in ((12, 18), (2**40, 2**35 * 3), (2**70 + 3, 2**40 + 12345), (10**30, 10**20),
             (2**31 * 3, 2**31 * 5)):
    show("gcd(%d,%d)" % (x % 10007, y % 10007), math.gcd, x, y)
    show("lcm(%d,%d)" % (x % 10007, y % 10007), math.lcm, x, y)
for f in (0.0, 1.5, 300.7, -300.7, 2e9, -2e9, 2.0**62, 2.0**63, 1e19, 1e20, -1e20, 1e100):
    show("floor(%r)" % f, math.floor, f)
    show("ceil(%r)" % f, math.ceil, f)
    show("trunc(%r)" % f, math.trunc, f)
    show("int(%r)" % f, int, f)
    show("round(%r)" % f, round, f)
