# == and != on dicts, comparisons with user __eq__
print({} == {}, {1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} == {2: 2}, {1: 2} != {1: 2})
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 1} == {1: 1.0}, {1: 1} == {True: True})
print({'a': [1, 2]} == {'a': [1, 2]}, {'a': {'b': {}}} == {'a': {'b': {}}})
print({1: 2} == [(1, 2)], {1: 2} != 5, {} == set())
print({1: 2}.__eq__(3), {1: 2}.__ne__({1: 2}), {}.__lt__({}))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq called', self.v, getattr(other, 'v', other))
        return isinstance(other, Eq) and self.v == other.v
    def __hash__(self):
        return 7
a, b = Eq(1), Eq(1)
d = {a: 'a'}
print(d[b])
print(b in d, Eq(2) in d)
d[b] = 'b'
print(len(d), d[a])
nan = float('nan')
print({nan: 1} == {nan: 1}, {1: nan} == {1: nan})
x = [nan]
print({1: x} == {1: x})
class Bad:
    def __eq__(self, other):
        raise ValueError('no compare')
    def __hash__(self):
        return 1
try:
    {Bad(): 1} == {Bad(): 1}
except ValueError as e:
    print(type(e).__name__, e)
try:
    {1: Bad()} == {1: Bad()}
except ValueError as e:
    print(type(e).__name__, e)
