# dict methods called through the type, and __contains__/__getitem__
d = {'a': 1}
print(dict.get(d, 'a'), dict.__getitem__(d, 'a'), dict.__contains__(d, 'a'), d.__contains__('b'))
print(dict.keys(d), dict.items(d), dict.values(d))
dict.__setitem__(d, 'b', 2)
dict.update(d, c=3)
print(d, dict.__len__(d), len(d))
dict.__delitem__(d, 'c')
print(d, dict.pop(d, 'b'), dict.setdefault(d, 'z', 26), d)
try:
    dict.__getitem__(d, 'nope')
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.keys(1)
except TypeError as e:
    print(type(e).__name__, e)
print(dict.copy(d) == d, dict.__eq__(d, {'a': 1, 'z': 26}), dict.__ne__(d, {}))
print(d.__reversed__().__class__.__name__, list(d.__reversed__()))
print(dict.__sizeof__({}) , {}.__len__())
print(sorted(dir({}))[-12:])
