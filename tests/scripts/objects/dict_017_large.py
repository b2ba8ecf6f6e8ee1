# larger dicts: growth, deletion patterns, correctness
d = {}
for i in range(2000):
    d[i * 31 % 2003] = i
print(len(d), sum(d.values()), sum(d))
for i in range(0, 2003, 2):
    d.pop(i, None)
print(len(d), min(d), max(d), list(d)[:10])
for i in range(5000):
    d['s%d' % i] = i
print(len(d), d['s4999'], list(d)[-3:])
keys = list(d)
for k in keys[:4000]:
    del d[k]
print(len(d), list(d)[:3])
s = {}
for i in range(10000):
    s[i] = i
    if i % 3 == 0:
        del s[i]
print(len(s), list(s)[:5], list(s)[-5:])
big = dict.fromkeys(range(100000))
print(len(big), 99999 in big, 100000 in big)
t = {(i, j): i * j for i in range(30) for j in range(30)}
print(len(t), t[(29, 29)], t[(3, 4)])
f = {i / 4: i for i in range(100)}
print(f[2.5], f[24.75], len(f))
