# get, setdefault, pop, popitem, update, clear, copy
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 'dflt'))
print(d.setdefault('a', 100), d.setdefault('c', 3), d.setdefault('n'))
print(d)
print(d.pop('a'), d.pop('zz', 'none'), d)
d = {i: str(i) for i in range(6)}
print(d.popitem(), d.popitem(), d)
d[99] = 'x'
print(d, d.popitem())
d.update({'p': 1})
d.update([('q', 2)])
d.update(r=3, s=4)
d.update({'p': 0}, t=5)
print(d)
c = d.copy()
c['new'] = 1
print(len(d), len(c), 'new' in d)
d.clear()
print(d, len(d))
d.update()
print(d)
try:
    d.update(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
l = []
d = {'k': l}
e = d.copy()
e['k'].append(1)
print(d, e, d == e, d is e)
d = {}
for i in range(20):
    d.setdefault(i % 3, []).append(i)
print(d)
print(d.pop(0), d)
