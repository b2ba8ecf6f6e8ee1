def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x
g = lcg(42)
ok = True
for n in [0, 1, 2, 3, 5, 31, 32, 33, 63, 64, 65, 100, 257, 1000, 5000]:
    for kind in range(6):
        if kind == 0:
            data = [next(g) % 50 for _ in range(n)]
        elif kind == 1:
            data = list(range(n))
        elif kind == 2:
            data = list(range(n, 0, -1))
        elif kind == 3:
            data = [i % 7 for i in range(n)]
        elif kind == 4:
            data = list(range(n // 2)) + list(range(n // 2, 0, -1))
        else:
            data = [(next(g) % 10, i) for i in range(n)]
        pairs = [(v, i) for i, v in enumerate(data)]
        s1 = sorted(pairs, key=lambda p: p[0])
        # check stability & order
        for a, b in zip(s1, s1[1:]):
            if a[0] > b[0] or (a[0] == b[0] and a[1] > b[1]):
                ok = False
        r1 = sorted(pairs, key=lambda p: p[0], reverse=True)
        for a, b in zip(r1, r1[1:]):
            if a[0] < b[0] or (a[0] == b[0] and a[1] > b[1]):
                ok = False
        if sorted(data) != sorted(data, reverse=True)[::-1] and kind != 5:
            ok = False
        print(n, kind, sum(x[1] * (i + 1) for i, x in enumerate(s1)) % 1000003)
print(ok)
for pos in (0, 40, 99):
    l = list(range(100, 0, -1))
    l[pos] = 'x'
    try:
        l.sort()
    except TypeError as e:
        print('TypeError', e)
    print(len(l), sum(v for v in l if v != 'x'), l.count('x'))
class Cmp:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Cmp.calls += 1
        if Cmp.calls == 150:
            raise ValueError('stop at 150')
        return self.v < other.v
objs = [Cmp(i * 37 % 101) for i in range(101)]
try:
    objs.sort()
except ValueError as e:
    print('ValueError', e)
print(len(objs), sorted(o.v for o in objs) == list(range(101)))
