def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for a in (0, 1, -1, 5, -5, 2**30 - 1, -(2**30), 2**62 + 3, -(2**62 + 3), 3**40, -(3**40)):
    print(a, [a << n for n in (0, 1, 29, 30, 31, 61, 70)])
    print(a, [a >> n for n in (0, 1, 2, 29, 30, 31, 60, 64, 100, 1000)])
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 0 << 2**70)
t(lambda: 5 >> 2**70)
t(lambda: -5 >> 2**70)
t(lambda: -(2**100) >> 2**70)
t(lambda: (2**100 + 1) >> 99)
t(lambda: -(2**100 + 1) >> 99)
t(lambda: -(2**100) >> 99)
t(lambda: 1 << 1000)
t(lambda: -7 >> 1)
t(lambda: -8 >> 2)
x = 3
x <<= 100
x >>= 98
print(x)
