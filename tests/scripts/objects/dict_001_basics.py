# dict creation, lookup, assignment, deletion, len, in
d = {}
print(d, len(d), bool(d))
d['a'] = 1
d['b'] = 2
d['c'] = 3
print(d, len(d), bool(d))
print(d['a'], d['b'], d['c'])
d['a'] = 10
print(d)
del d['b']
print(d, len(d))
print('a' in d, 'b' in d, 'z' not in d)
d[1] = 'one'
d[2.5] = 'float'
d[(1, 2)] = 'tuple'
d[None] = 'none'
d[True] = 'true'
print(d)
print(d[1], d[(1, 2)], d[None])
print({1: 'a', 1.0: 'b', True: 'c'})
d2 = {'x': 1, 'y': 2, 'x': 3}
print(d2)
e = {i: i * i for i in range(10)}
print(e)
del e[5]
e[5] = 'back'
print(e)
print(list(e), list(e.keys())[-1])
