d = dict.fromkeys('abc', 0)
for ch in 'abacab':
    d[ch] += 1
print(d)
inv = {v: k for k, v in {'x': 1, 'y': 2}.items()}
print(inv)
merged = {**{'a': 1, 'b': 2}, **{'b': 3}}
print(merged, len(merged))
s1, s2 = {1, 2, 3}, {2, 3, 4}
print(sorted(s1 & s2), sorted(s1 | s2), sorted(s1 ^ s2), s1 <= s2, {2} < s1)
fs = frozenset([1, 2])
print(fs, 1 in fs, hash(fs) == hash(frozenset([2, 1])))
nested = {'outer': {'inner': [1, 2]}}
nested['outer']['inner'].append(3)
print(nested)
keys = sorted({'b': 1, 'a': 2})
print(keys, list({'z': 1, 'y': 2}), {1: 'a', True: 'b'})
print({(1, 2): 'tuple key'}[(1, 2)], {None: 0}.get(None))
