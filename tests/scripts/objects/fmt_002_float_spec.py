# format() of floats
x = 1234.5678
for spec in ['', 'f', '.2f', '.0f', '#.0f', 'e', '.3e', 'E', 'g', '.3g', '.10g', 'G', '%', '.1%',
             '10.2f', '<10.2f', '^10.2f', '=+10.2f', '010.2f', ',', ',.2f', '_.3f', '015,.2f',
             '+', ' ', '.3', '.10', 'n', '#', '#g', '#.3g', 'z.2f', '*>12,.1f', '.0e', '#.0e', 'F']:
    print(repr(spec), repr(format(x, spec)), repr(format(-x, spec)))
for v in [0.0, -0.0, 1.0, 1e16, 1e-5, 123456789.0, 0.1, 1 / 3, 1e300, 5e-324, 2.5, 100.0]:
    print(format(v, ''), format(v, '.3'), format(v, 'g'), format(v, '.2e'), format(v, '.1f'))
inf, nan = float('inf'), float('nan')
print(format(inf, ''), format(-inf, '+'), format(nan, 'F'), format(inf, 'E'), format(-nan, '+'))
print(format(inf, '010'), format(-inf, '010,'), format(nan, '^7'), format(inf, '.2%'))
print(format(-0.0, 'z'), format(-0.0, 'z.1f'), format(-0.0001, 'z.1f'), format(-0.0001, 'z.4f'))
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(2.675, '.2f'))
print(format(1e16, '.3'), format(100.0, '.3'), format(1234.0, '.3'), format(0.0001, '.3'))
print(format(1e-7, ''), format(1e-7, 'g'), format(1.23456789e-5, '.3'), format(123.456, '#.0'))
print(format(1.0, '#'), format(1e16, '#'), format(1.0, '=5'), format(-1.0, '=5'))
print(format(1234567.891, '020,.2f'), format(-1234567.891, '=+20,.2f'), format(1234567.891, '_'))
print(format(0.1, '.20f'), format(1e22, 'f'), format(1.5, '.50f'), format(12345.0, '.0e'))
print(format(3, '.2f'), format(10, '%'), format(10 ** 20, 'e'), format(12345678901234567890, 'e'))
