# dict subclasses: __missing__, overridden methods, repr, equality
class Default(dict):
    def __missing__(self, key):
        return 'missing-' + str(key)
d = Default(a=1)
print(d['a'], d['b'], d.get('b'), 'b' in d, d)
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in 'abracadabra':
    c[ch] += 1
print(c, type(c).__name__)
class Raiser(dict):
    def __missing__(self, key):
        raise LookupError('nope ' + repr(key))
try:
    Raiser()['x']
except LookupError as e:
    print(type(e).__name__, e)
class Plain(dict):
    pass
p = Plain({'x': 1})
try:
    p['y']
except KeyError as e:
    print(type(e).__name__, e)
print(p == {'x': 1}, {'x': 1} == p, type(p.copy()).__name__, isinstance(p, dict))
print(p | {'z': 2}, type(p | {'z': 2}).__name__)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u['a'] = 1
u.update(b=2)
print(u)
class Attr(dict):
    pass
a = Attr()
a.extra = 5
a['k'] = 'v'
print(a, a.extra, len(a))
class Init(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self['init'] = True
print(Init([(1, 2)], x=3))
print(Default.fromkeys([1]))
