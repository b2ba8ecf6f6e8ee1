# keys/values/items views: len, iteration, in, repr, live updates
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it))
print(list(k), list(v), list(it))
print('a' in k, 'z' in k, 1 in v, 9 in v, ('a', 1) in it, ('a', 2) in it, 'a' in it)
print(('a', 1, 2) in it, ['a', 1] in it)
d['d'] = 4
print(k, v, it)
del d['a']
print(list(k), list(v), list(it))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(k.mapping, type(k.mapping).__name__, k.mapping['b'])
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(reversed(d).__class__.__name__, reversed(v).__class__.__name__, reversed(it).__class__.__name__)
print(iter(k).__class__.__name__, iter(v).__class__.__name__, iter(it).__class__.__name__)
e = {}
print(e.keys(), e.values(), e.items(), list(reversed(e)))
r = {}
r['self'] = r
print(r, r.keys(), r.values(), r.items())
print(sorted(d.items(), key=lambda kv: -kv[1]))
for key, val in d.items():
    print(key, val, end='; ')
print()
print(list(map(len, [k, v, it])))
