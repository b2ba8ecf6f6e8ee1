"""int_001_add_sub_sizes: traced sizes of int results (tracemalloc) match CPython's blocks."""
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


# a + b allocates one digit more than the longer operand (normalized away, the block stays);
# a - b allocates the longer operand's digits, fewer when the top digits cancel
vals = [0, 7, -7, 300, -300, 2**29 + 1, -(2**29 + 1), 2**30 - 1, 2**30, 2**40 + 12345,
        -(2**40 + 12345), 2**59 + 7, 2**60, -(2**60), 2**60 - 1, 2**70 + 3, -(2**70 + 3),
        2**90 - 2**60 + 1, 10**30, -(10**30), 7**80]
names = ["v%d" % i for i in range(len(vals))]
for i, x in enumerate(vals):
    for j, y in enumerate(vals):
        show("%s+%s" % (names[i], names[j]), lambda x, y: x + y, x, y)
        show("%s-%s" % (names[i], names[j]), lambda x, y: x - y, x, y)


def iadd(x, y):
    x += y
    return x


def isub(x, y):
    x -= y
    return x


for i, x in enumerate(vals):
    show("%s+=1" % names[i], iadd, x, 1)
    show("%s-=1" % names[i], isub, x, 1)
    show("%s+=big" % names[i], iadd, x, 2**62)
    show("%s+True" % names[i], lambda x: x + True, x)
