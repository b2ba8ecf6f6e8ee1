l = [3, 1, 2]
l.append(4)
l.extend([5])
l.insert(0, 0)
print(l, l.pop(), l.index(2), l.count(1))
l.sort()
print(l, sorted(l, reverse=True))
l[1:3] = ['a', 'b', 'c']
print(l)
l[::2] = [9, 9, 9]
print(l)
del l[::2]
print(l)
d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, d.get('z'), d.get('z', 0), list(d.keys()), list(d.values()))
for k, v in d.items():
    print(k, v)
print('a' in d, 'z' not in d, len(d))
d.update({'a': 10}, e=5)
print(d, d.pop('b'), d.setdefault('f', 6), d)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
try:
    l[100]
except IndexError as e:
    print('IndexError', e)
nested = {'x': [1, {'y': (2, 3)}]}
print(nested['x'][1]['y'][1])
m = [[0] * 2 for _ in range(2)]
m[0][1] = 5
print(m)
t = (1, [2])
t[1].append(3)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print(e)
s = {1, 2, 3}
s.add(4)
s.discard(1)
print(sorted(s), s & {2, 9}, sorted(s | {0}), sorted(s - {2}))
