# repr round-trips for many generated values
import math
out = []
x = 1.0
for i in range(60):
    x = x * 3.7 + 0.1
    out.append(repr(x))
    out.append(repr(1 / x))
print(' '.join(out))
vals = [i / 7 for i in range(-20, 21)] + [2.0 ** k for k in range(-30, 70, 7)]
vals += [10.0 ** k for k in range(-25, 25)]
for v in vals:
    s = repr(v)
    assert float(s) == v, s
print(vals)
print([x * 1.1 for x in range(15)])
print(sum(0.1 for _ in range(10)), 0.1 * 3, 1.1 * 1.1, 2 ** 0.5, math.pi * 1e10)
