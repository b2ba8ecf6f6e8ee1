# % formatting of floats in many shapes
vals = [0.0, -0.0, 1.0, 0.5, 1.5, 2.5, 123.456, -0.000123456, 1e22, 1e-7, 12345678.9, float('inf'), float('-inf'), float('nan')]
for v in vals:
    print('%f|%.1f|%.0f|%e|%.3e|%g|%.3g|%G|%#g|%10.2f|%-10.2f|%+.2e|% .1f|%012.3f' % ((v,) * 14))
print('%.10f %.15g %.17g %.20e' % (0.1, 0.1, 0.1, 0.1))
print('%f %d %s %r' % (True, 2.9, 2.9, 2.9), '%.2f' % 2, '%e' % 10 ** 20, '%g' % (2 ** 60))
print('%5.1f%%' % 99.44, '%3$s' if False else '', '%-+8.2f|' % 3.14159, '%+08.2f' % -3.14159)
