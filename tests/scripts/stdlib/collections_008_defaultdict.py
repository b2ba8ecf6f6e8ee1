# collections.defaultdict: default_factory, __missing__, repr, copy and errors.
from collections import defaultdict

groups = defaultdict(list)
for word in ['apple', 'bob', 'avocado', 'cat', 'banana']:
    groups[word[0]].append(word)
print(groups)
print(groups['z'], 'z' in groups, len(groups))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts))
print(counts.default_factory, groups.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 1
print(dict(nested['a']), len(nested))
none = defaultdict()
print(none, none.default_factory)
try:
    none['missing']
except KeyError as e:
    print(type(e).__name__, e)
print(counts.get('nope'), 'nope' in counts)
d = defaultdict(set, {'a': {1}}, b={2})
d['c'].add(3)
print(d)
c = d.copy()
c['new']
print(len(c), len(d), type(c).__name__, c.default_factory)
print(isinstance(d, dict), defaultdict(int, a=1) == {'a': 1})
print(defaultdict(str, [(1, 'x')]) | {2: 'y'})
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    defaultdict(list).nothing = 1
except AttributeError as e:
    print(type(e).__name__)
dd = defaultdict(list)
dd.default_factory = tuple
print(dd['t'], dd)
dd.default_factory = None
try:
    dd['u']
except KeyError as e:
    print(type(e).__name__, e)
print(type(dd), type(dd).__name__)
