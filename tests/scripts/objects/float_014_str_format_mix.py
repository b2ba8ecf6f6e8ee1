# floats through str(), repr() of containers, str.format and f-strings without specs
vals = [1.0, 0.1, 1e16, 1e-5, -0.0, 2.5e-310, 123456789.125, float('inf')]
print(vals, tuple(vals), {v: i for i, v in enumerate(vals[:4])})
print('{} {} {!r} {!s}'.format(0.1, 1e16, 1e-5, -0.0), f'{vals[1]} {vals[2]!r} {vals[6]}')
print(str(vals), repr(vals[5]), [str(v) for v in vals], ' '.join(map(repr, vals)))
for v in [1 / 7, 2 / 7, 22 / 7, 1e15 / 7, 1e16 / 7, 1e-4 / 7, 1e-5 / 7]:
    print(v, str(v), f'{v}', '%s' % v, '%r' % (v,), format(v))
print(float('0.30000000000000004'), float('1.0000000000000002'), float('4.9406564584124654e-324'))
print(float('1e-400'), float('-1e-400'), float('9' * 30), float('0.' + '0' * 300 + '1'))
