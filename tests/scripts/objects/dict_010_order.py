# insertion order is kept through deletes, re-inserts and growth
d = {}
for w in 'the quick brown fox jumps over the lazy dog'.split():
    d[w] = d.get(w, 0) + 1
print(d)
del d['quick']
d['quick'] = 5
print(list(d))
d = {}
for i in range(100):
    d[i * 7 % 13] = i
print(d)
for i in range(0, 13, 2):
    del d[i]
print(d)
for i in range(50, 60):
    d[i] = -i
print(list(d.items())[:8], len(d))
d = dict.fromkeys(range(30))
for i in range(0, 30, 3):
    d.pop(i)
print(list(d))
d['x'] = 1
print(list(d)[-3:])
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
d = {'b': 1, 'a': 2}
d['b'] = 3
print(d)
d = {}
d[-1] = 'neg1'
d[-2] = 'neg2'
d[2 ** 61 - 1] = 'mod'
d[0] = 'zero'
print(d, d[-1], d[-2], d[0])
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
