# repr and str of dicts, nested and recursive
print({'a': 'b', 'c': "d'e", 1: [1, 2], (1,): {2: 3}})
print(str({1: 1.5, 2: None, 3: True, 4: b'x'}))
d = {}
d[1] = d
print(d, repr(d), str(d))
a, b = {}, {}
a['b'] = b
b['a'] = a
print(a, b)
l = [1]
l.append({'l': l})
print(l)
class R:
    def __repr__(self):
        return '<R>'
print({R(): R()})
class Bad:
    def __repr__(self):
        raise ValueError('bad repr')
try:
    repr({1: Bad()})
except ValueError as e:
    print(type(e).__name__, e)
print({1: 2})
print({'\n': '\t', 'é': 'ü'})
print(f'{ {1: 2} }', '%s' % ({3: 4},), format({5: 6}))
