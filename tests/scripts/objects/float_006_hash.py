# hashes agree with ints for integral values; CPython's hash of fractions
print(hash(1.0), hash(0.0), hash(-0.0), hash(-1.0), hash(2.0 ** 61), hash(2.0 ** 62))
print(hash(0.5), hash(-0.5), hash(1.5), hash(0.1), hash(1e300), hash(1e-300), hash(3.14159))
print(hash(float('inf')), hash(float('-inf')), hash(1e16) == hash(10 ** 16))
print(hash(2.0 ** 100) == hash(2 ** 100), hash(123456789.0) == hash(123456789))
d = {1: 'int', 2.0: 'float'}
d[1.0] = 'one'
d[2] = 'two'
print(d)
print({0.0, -0.0, 0, False}, {1.5, 1.5, 3 / 2}, len({float('nan'), float('nan')}))
n = float('nan')
print(len({n, n}), {n: 1}[n])
print(hash(-1.0), hash(-2.0), hash(1e-9), hash(-1e-9), hash(4.35))
