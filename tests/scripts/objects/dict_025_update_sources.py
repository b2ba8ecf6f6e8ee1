# mutation during repr, update sources, subclasses, view lifetime, sizes
class K:
    def __init__(self, d): self.d = d
    def __repr__(self):
        self.d.clear()
        return 'K'
d = {1: 0}
d[2] = K(d)
d[3] = 3
try:
    print(d)
except RuntimeError as e:
    print('RE', e)
print(d)
class L(list):
    pass
print(dict([L([1, 2])]), dict({1: 2}.items()), dict(iter([(3, 4)])))
try:
    dict([{1: 2, 3: 4, 5: 6}])
except ValueError as e:
    print(e)
print(dict([{1: 2, 3: 4}]))
try:
    dict([None])
except TypeError as e:
    print(e)
class NoKeys:
    def __iter__(self):
        return iter([('a', 1)])
print(dict(NoKeys()))
class BadKeys:
    def keys(self):
        return 5
    def __getitem__(self, k):
        return k
try:
    dict(BadKeys())
except TypeError as e:
    print(type(e).__name__, e)
class TupleKeys:
    def keys(self):
        return ('x', 'y')
    def __getitem__(self, k):
        return k * 2
print(dict(TupleKeys()))
s = {1, 2, 3}
s2 = {3, 4}
print(s.symmetric_difference(s2), s ^ frozenset(s2))
class SS(set):
    def __eq__(self, o):
        return 'custom'
print(SS() == set(), set() == SS())
class FS(frozenset):
    pass
print(hash(FS([1, 2])) == hash(frozenset([1, 2])), FS([1]) | FS([2]), type(FS([1]) | FS([2])).__name__)
print({1: 'a'}.get(1.0), {(1, 2): 'x'}.get((1, 2)))
print({'a': 1}.items() == {('a', 1)}, {'a': 1}.items() < {('a', 1), 2})
d = {}
d.update([[1, 2]], x=1)
print(d)
v = {1: 2}
vv = v.values()
del v
print(list(vv), len(vv))
print(sorted({'b': 1, 'a': 2}))
import sys
print(sys.getsizeof({}.keys()), sys.getsizeof(iter({})), sys.getsizeof(iter(set())))
print({}.fromkeys('ab', 1))
print(set([1,2]).isdisjoint(iter([3])), frozenset().issuperset([]))
