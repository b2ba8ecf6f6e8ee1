# frozenset hashes match CPython, independent of insertion order and dummies
print(hash(frozenset()))
print(hash(frozenset([1])), hash(frozenset([1, 2])), hash(frozenset(range(10))))
print(hash(frozenset('abc')), hash(frozenset(['a', 'b', 'c', 'd', 'e', 'f'])))
print(hash(frozenset([frozenset(), frozenset([frozenset()])])))
a = frozenset(range(20))
b = frozenset(reversed(range(20)))
print(hash(a) == hash(b), hash(a))
s = set(range(30))
for i in range(10):
    s.discard(i)
f = frozenset(s)
print(hash(f) == hash(frozenset(range(10, 30))), hash(f))
print(hash(frozenset([-1])), hash(frozenset([-2])), hash(frozenset([0, -1, -2])))
print(hash(frozenset([1.5, 2.5])), hash(frozenset([(1, 2), (3, 4)])), hash(frozenset([False, True])))
d = {frozenset([i]): i for i in range(5)}
print(d)
