def show(*args, **kwargs):
    return args, sorted(kwargs.items())
print(show(*range(3)))
print(show(*'ab', *[1], 9))
print(show(**{'a': 1}, **{'b': 2}))
print(show(1, *[2, 3], x=1, **{'y': 2}))
def gen():
    yield 'g1'
    yield 'g2'
print(show(*gen()))
class Mapping:
    def keys(self):
        return ['m1', 'm2']
    def __getitem__(self, k):
        return k.upper()
print(show(**Mapping()))
def fixed(a, b, c):
    return a + b + c
print(fixed(*(1, 2), 3), fixed(1, **{'b': 2, 'c': 3}))
try:
    fixed(*[1, 2, 3, 4])
except TypeError as e:
    print(e)
try:
    fixed(1, **{'a': 2, 'b': 3, 'c': 4})
except TypeError as e:
    print(e)
try:
    show(**{1: 2})
except TypeError as e:
    print(e)
args = [1, 2, 3]
print(max(*args), print(*args, sep='|'))
