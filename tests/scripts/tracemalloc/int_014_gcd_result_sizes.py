# math.gcd and math.lcm make their results as CPython does: a gcd that fits one 30-bit digit
# is a 32-byte medium int (PyLong_FromLong), a larger one has exact digits.
import math, tracemalloc
tracemalloc.start()
keep = []
keep.append(math.gcd(1000, 3000))
keep.append(math.gcd(2**40, 2**41))
keep.append(math.gcd(3 * 2**31, 9 * 2**31))
keep.append(math.lcm(300, 400))
keep.append(math.gcd(2**70, 2**71))
s = tracemalloc.take_snapshot()
for ln in (4, 5, 6, 7, 8):
    print(ln, sorted(t.size for t in s.traces if t.traceback[0].lineno == ln + 2 and t.traceback[0].filename == __file__))
