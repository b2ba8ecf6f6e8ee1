# views' set operations, mappingproxy, dunder methods of dict and set
d = {'a': 1}
print(d.keys().mapping, repr(d.items().mapping))
print(type(d).__name__, dict.__name__, d.__class__)
print(dict.fromkeys.__name__ if hasattr(dict.fromkeys, '__name__') else '?')
print({}.__len__(), {1:2}.__getitem__(1))
print(d.__repr__(), d.__str__())
print(list(reversed({1: 2, 3: 4}.items())), list(reversed({1: 2, 3: 4}.values())))
print(dict(**{'x': 1}), dict([], **{'y': 2}))
e = dict(d)
print(e is d, e == d)
print(dict.__dict__['fromkeys'].__class__.__name__)
print(sorted({3: 1, 1: 2}.items()))
k = {1: 2}.keys()
print(k | {5}, {5} | k, k ^ [1, 9], [9] ^ k if False else '', k - [1], {1, 2} - k)
print(k & [1, 5], [1, 5] & k if False else '')
try:
    print([1, 5] & k)
except TypeError as e:
    print('TE', e)
print(len(k), 1 in k, hash(k) if False else '')
try:
    hash(k)
except TypeError as e:
    print(type(e).__name__, e)
print({1: 2}.values().__class__, {}.items().__class__)
m = {'a': 1}.keys().mapping
try:
    m['b'] = 2
except TypeError as e:
    print(type(e).__name__, e)
print(m.get('a'), m.get('z', 5), list(m), len(m), 'a' in m, m == {'a': 1}, m.copy())
s = {1, 2}
print(s.__class__.__name__, frozenset.__name__, s.__len__(), s.__contains__(1))
print(s.__or__([1]), s.__and__(5), s.__ror__({9}) if hasattr(s, '__ror__') else '')
print(s.__iand__({1}), s)
x = {1, 2, 3}
x.__ior__({4})
print(x, x.__isub__({1}), x.__ixor__({9}), x)
print(set.union({1}, [2]), frozenset.union(frozenset({1}), {3}))
print(hash(frozenset({1,2})) == frozenset({1,2}).__hash__())
print(set.__hash__, dict.__hash__)
print(iter(set()).__length_hint__(), next(iter({5})))
print(repr(iter({})).startswith('<dict_keyiterator object at'))
print(repr({}.keys().__iter__()).split(' ')[0], repr(iter(set())).split(' ')[0])
