# formatting of large ints (fast paths must agree with CPython)
big = 3 ** 200
print(format(big, ','), format(-big, '_'))
print(format(big, 'x'), format(big, '#X'), format(big, 'o')[:30], format(big, 'b')[-30:])
print(format(big, '>400')[-20:], format(big, '^+100'), len(format(big, '0500,')))
print('%d' % big, '%x' % -big, '%#o' % big, '%+.5d' % big)
print(f'{2 ** 64:_x} {-2 ** 63:#b} {10 ** 50:e} {10 ** 50:.3g} {10 ** 18:,.2f}')
print(format(10 ** 100, 'd')[:5], format(-(10 ** 100), '=+110,')[:20], format(2 ** 256, '#_x'))
for k in [1, 9, 10, 99, 100, 999, 1000, 9999, 10 ** 6, 10 ** 9 - 1, 2 ** 31, 2 ** 63, 2 ** 64]:
    print(format(k, ','), format(-k, '_'), format(k, '_b')[-12:], format(k, '#_o'), format(k, '012,'))
