# frozenset construction, hashing, use as keys
f = frozenset()
print(f, repr(f), len(f), bool(f))
g = frozenset([1, 2, 3])
print(g, frozenset('aab'), frozenset(range(5)), frozenset({1: 2}))
print(frozenset(g) is g, frozenset(g) == g, frozenset() == frozenset())
d = {g: 'g', frozenset(): 'empty'}
print(d[frozenset([3, 2, 1])], d[frozenset()])
print({frozenset({1, 2}), frozenset({2, 1}), frozenset({3})})
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
print(hash(frozenset()), hash(frozenset([0])), hash(frozenset([1])), hash(frozenset([(1, 2)])))
s = set(g)
s.add(4)
print(g, s)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    frozenset(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset(x=1)
except TypeError as e:
    print(type(e).__name__, e)
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(len(nested), frozenset([1]) in nested, {1} in nested, nested)
print(type(frozenset.__new__(frozenset)).__name__)
