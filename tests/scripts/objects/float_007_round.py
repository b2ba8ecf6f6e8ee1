# round(): banker's rounding to int, correct decimal rounding with ndigits
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.49999), round(1e20))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0), round(-2.5, 0), round(3.5, 0))
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(123.456, 1), round(123.456, -1), round(5.0, -1), round(15.0, -1), round(25.0, -1))
print(round(1e300, -300), round(1.5e-300, 300), round(0.1, 20), round(0.1, 400), round(0.1, -400))
print(round(-0.0), round(-0.0, 1), round(0.0, -5), round(-0.4), round(-0.4, 0))
print(round(float('inf'), 2), round(float('nan'), 2), round(-float('inf'), -3))
print(round(7.0, True), round(12345.6789, 3), round(-12345.6789, 3), round(5e-324, 5))
print(round(0.5 + 1e-16, 0), round(149.5, -2), round(150.0, -2), round(249.99999, -2))
for x in [0.1, 0.25, 0.35, 1.15, 2.345, 99.995, 1e-5, 123456.789]:
    print(x, [round(x, k) for k in range(-2, 5)])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: round(float('inf')))
t(lambda: round(float('nan')))
t(lambda: round(1.5, 1.0))
t(lambda: round(1.5, '1'))
t(lambda: round(1.7e308, -308))
t(lambda: round(1.5, None))
t(lambda: (2.5).__round__())
t(lambda: (2.567).__round__(1))
