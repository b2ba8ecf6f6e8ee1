# mixed-type arithmetic: floats with bools, small and huge ints, and reflected operations
vals = [0.5, -2.25, 3.0, 1e300, -1e-300]
others = [True, False, 7, -3, 2 ** 70, -(2 ** 70)]
for v in vals:
    row = []
    for o in others:
        row.append(v + o)
        row.append(o - v)
        row.append(v * o)
        if o:
            row.append(v / o)
            row.append(o / v)
    print(row)
print(2 ** 70 // 3.5, 2 ** 70 % 3.5, divmod(2 ** 70, 1e10), (-7) // 2.0, (-7) % 2.0)
print(3 ** 0.5, (-8) ** 2.0, 2 ** -1.5, 0 ** 0.0, 4 ** 0.5, True ** 0.5, 10 ** -2.0)
print(1 / 3 + 1 / 3 + 1 / 3 == 1.0, 0.1 + 0.7, 1e16 + 2, 1e16 + 2.0, 0.1 * 3 == 0.3)
x = 5
x /= 2
print(x, type(x).__name__)
y = 2 ** 1000
try:
    y * 1.5 ** 10000
except OverflowError as e:
    print('OverflowError', e)
try:
    y ** 0.5 * y ** 2.0
except OverflowError as e:
    print('OverflowError', e)
print((2 ** 1000) ** 0.5 == 2.0 ** 500, float(2 ** 1023) * 1.5, 2 ** 1023 * 2.0)
