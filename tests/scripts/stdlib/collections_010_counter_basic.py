# collections.Counter: counting, missing keys, most_common, elements, update/subtract.
from collections import Counter

c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), ''.join(Counter(a=2, b=1).elements()))
print(Counter(), Counter([]), Counter({'x': 3, 'y': 1}), Counter(cats=4, dogs=8))
c.update('aaz')
print(c)
c.update({'z': 5})
print(c)
c.subtract({'b': 5})
print(c)
c.subtract('a')
print(c['a'], c['b'])
print(c.total(), Counter('aab').total())
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(2))
del c['nope']
del c['z']
print('z' in c)
print(c.copy() == c, type(c.copy()).__name__)
e = Counter({'a': 0, 'b': -1})
print(e, list(e.elements()))
print(Counter('ab') == Counter('ba'), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1})
print(Counter('aab') <= Counter('aabb'), Counter('abc') < Counter('ab'), Counter('a') >= Counter())
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print(type(e).__name__, e)
print(isinstance(c, dict), type(c))
