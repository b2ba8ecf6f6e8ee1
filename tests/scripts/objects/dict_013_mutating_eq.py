# lookups survive a dict mutated by __eq__ (the lookup restarts)
class K:
    def __init__(self, name, d=None):
        self.name = name
        self.d = d
    def __hash__(self):
        return 42
    def __eq__(self, other):
        print('eq', self.name, getattr(other, 'name', other))
        if self.d is not None:
            d = self.d
            self.d = None
            d.clear()
            d[K('fresh')] = 'f'
        return False
d = {}
k1 = K('k1', d)
d[k1] = 1
print(len(d))
probe = K('probe')
print(probe in d)
print(len(d), [k.name for k in d])
d2 = {}
a = K('a', d2)
d2[a] = 'a'
d2[K('b')] = 'b'
print(len(d2), sorted(k.name for k in d2))
class Grow:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 5
    def __eq__(self, other):
        for i in range(20):
            self.d[i + 1000] = i
        return False
g = {}
g[Grow(g)] = 0
print(Grow(g) in g, len(g))
class Boom:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError('boom')
b = {Boom(): 1}
try:
    b[Boom()]
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    b[Boom()] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(b))
class H:
    def __hash__(self):
        raise ValueError('no hash')
try:
    {H(): 1}
except ValueError as e:
    print(type(e).__name__, e)
