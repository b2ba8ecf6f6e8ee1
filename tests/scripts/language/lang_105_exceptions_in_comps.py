def risky(x):
    if x == 2:
        raise ValueError('bad %d' % x)
    return x
try:
    print([risky(x) for x in range(4)])
except ValueError as e:
    print('caught', e)
try:
    print({x: risky(x) for x in range(4)})
except ValueError as e:
    print('caught dict', e)
g = (risky(x) for x in range(4))
out = []
try:
    for v in g:
        out.append(v)
except ValueError as e:
    print('caught gen', e, out)
print(next(g, 'gen closed'))
def safe(xs):
    res = []
    for x in xs:
        try:
            res.append(risky(x))
        except ValueError:
            res.append(None)
    return res
print(safe(range(4)))
