# f-strings and str.format with format specs
pi = 3.14159265
n = 1234567
name = 'mnemo'
print(f'{pi:.2f}|{pi:10.3f}|{pi:<10.1f}|{pi:e}|{pi:g}|{pi:%}')
print(f'{n:,}|{n:_}|{n:x}|{n:#o}|{n:>12}|{n:012}|{-n:+,}|{n:e}')
print(f'{name:>8}|{name:^9}|{name:.2}|{name!r:>9}|{name!r}')
w, p = 12, 3
print(f'{pi:{w}.{p}f}|{pi:>{w}}|{n:{"," if w else ""}}')
print('{:.3f} {:>6} {:<6}|'.format(2.5, 'a', 'b'), '{0:b} {0:o} {0:x}'.format(10))
print('{:+.1e} {:08.2f} {:^+9.1f}'.format(12345.678, -3.14159, 2.0))
print('{x:.1f}-{y:,d}'.format(x=1.25, y=10 ** 6), '{:.2%}'.format(0.256))
for v in [0, 1, -1, 10 ** 10, 0.5, -2.25, 1e100]:
    print(f'[{v:>10}] [{v:<10}] [{v:^10}] [{v:=+10}]')
print(f'{3.0:.0f}', f'{2.5:.0f}', f'{-0.0:.1f}', f'{-0.0:z.1f}', f'{1e-10:.3g}')
