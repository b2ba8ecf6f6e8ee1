# popitem order and interaction with insertions and deletions
d = dict.fromkeys('abcdef', 0)
print([d.popitem() for _ in range(3)], d)
d['x'] = 1
d['y'] = 2
del d['a']
print(d.popitem(), d.popitem(), d)
d = {}
for i in range(8):
    d[i] = i
for i in range(8):
    k, v = d.popitem()
    d[k + 100] = v
    print(k, end=' ')
print()
print(d)
d = {1: 1}
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(10)}
del d[9]
del d[8]
print(d.popitem(), len(d))
