"""int_012_range_int_sizes: block sizes of the ints a range makes (length, items, index, iteration).

CPython 3.11 computes a range's length and items with int arithmetic: ((hi - lo - 1) // step) + 1
and start + i * step, so a one-digit result is a 32-byte medium int and a bigger one can carry an
extra digit (range(2**40)[-1] takes 36 bytes). Its index() returns ob - start itself for step 1;
the C-long iterator uses PyLong_FromLong. Every probe line keeps its result alive; the traced
blocks of each line are printed sorted.
"""
import tracemalloc

K = [None] * 100
R1 = range(10000)
R2 = range(2**40)
R3 = range(0, 2**40, 3)
R4 = range(-2**35, 2**35)
R5 = range(2**62, 2**62 + 1000)
R6 = range(2**70)
R7 = range(2**31, -2**31, -3)
R8 = range(5, 2**34, 2**29 + 1)
R9 = range(2**30 - 2, 2**30 + 2)
I1 = iter(range(100000, 100010))
I2 = iter(range(2**40, 2**40 + 10))
I3 = iter(range(-100000, -99990))
I4 = reversed(range(100000, 100010))
I5 = reversed(range(2**40, 2**40 + 10))
I6 = iter(range(2**62, 2**62 + 10))
I7 = iter(range(2**63 - 5, 2**63 + 5))
I8 = reversed(range(2**63 - 5, 2**63 + 5))
I9 = iter(range(2**29, 2**31, 2**29))
I10 = iter(range(2**70, 2**70 + 10))
for _i in range(7):
    next(I7)


def probe():
    K[0] = range(1000)
    K[1] = range(2**40)
    K[2] = range(0, 2**40, 3)
    K[3] = range(-2**35, 2**35)
    K[4] = range(2**62, 2**62 + 1000)
    K[5] = range(2**70)
    K[6] = range(2**30 + 5)
    K[7] = R1[5000]
    K[8] = R1[-1]
    K[9] = R2[-1]
    K[10] = R2[5]
    K[11] = R2[2**35]
    K[12] = R2[-2**35]
    K[13] = R3[1000]
    K[14] = R3[-1]
    K[15] = R3[2**35]
    K[16] = R4[10]
    K[17] = R4[-10]
    K[18] = R4[2**35 + 100]
    K[19] = R5[300]
    K[20] = R5[-300]
    K[21] = R6[2**35]
    K[22] = R6[-1]
    K[23] = R6[300]
    K[24] = R7[300]
    K[25] = R7[-1]
    K[26] = R7[2**30]
    K[27] = R8[20]
    K[28] = R8[31]
    K[29] = R1.index(5000)
    K[30] = R2.index(2**40 - 7)
    K[31] = R2.index(300)
    K[32] = R3.index(3000)
    K[33] = R3.index(3 * 2**33)
    K[34] = R5.index(2**62 + 300)
    K[35] = R7.index(2**31 - 3000)
    K[36] = R1.index(5000.0)
    K[37] = len(R2)
    K[38] = len(R3)
    K[39] = R2.__len__()
    K[40] = iter(R1).__length_hint__()
    K[41] = iter(R2).__length_hint__()
    K[42] = iter(R6).__length_hint__()
    K[43] = reversed(R2).__length_hint__()
    K[44] = next(I1)
    K[45] = next(I2)
    K[46] = next(I3)
    K[47] = next(I4)
    K[48] = next(I5)
    K[49] = next(I6)
    K[50] = next(I7)
    K[51] = next(I8)
    K[52] = next(I9)
    K[53] = next(I10)
    K[54] = R2[2**35:2**35 + 2]
    K[55] = R1[300:2000:3]
    K[56] = list(R9)
    K[57] = list(reversed(R9))
    return tracemalloc.take_snapshot()


def report(snap):
    lines = open(__file__).read().splitlines()
    by = {}
    for t in snap.traces:
        fr = t.traceback[0]
        if fr.filename == __file__:
            by.setdefault(fr.lineno, []).append(t.size)
    for i, src in enumerate(lines, 1):
        if src.startswith("    K["):
            print(src.split("=", 1)[1].strip(), sorted(by.get(i, [])))


tracemalloc.start()
snap = probe()
tracemalloc.stop()
report(snap)
print(K[9], K[19], K[27], K[34], K[54], K[55], len(K[6]), K[56])
