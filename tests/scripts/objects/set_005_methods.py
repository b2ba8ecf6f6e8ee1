# union, intersection, difference, symmetric_difference with iterables and several args
a = {1, 2, 3, 4}
print(a.union([5], (6,), {7}, 'x'), a.union(), a.union(a))
print(a.intersection([1, 2, 9], (2, 1)), a.intersection(), a.intersection(range(3)))
print(a.difference([1], {2}), a.difference(), a.difference(a), a.difference({}))
print(a.symmetric_difference([4, 5]), a.symmetric_difference(a), a.symmetric_difference({5: 1}))
print(a.issubset([1, 2, 3, 4, 5]), a.issubset({1}), a.issuperset([1, 2]), a.issuperset('ab'))
print(a.isdisjoint([9]), a.isdisjoint({1}), a.isdisjoint(a), set().isdisjoint(set()))
print(a, a.copy(), a.copy() is a)
f = frozenset([3, 2, 1])
print(f.union([9]), f.intersection({1}), f.difference([1]), f.symmetric_difference([1, 8]))
print(f.copy() is f, f.issubset(a), f.issuperset({1}), f.isdisjoint({5}))
print(type(f.union()).__name__, type(a.intersection(f)).__name__)
for name in ['union', 'intersection', 'difference', 'update']:
    try:
        getattr(set(), name)(5)
    except TypeError as e:
        print(name, type(e).__name__, e)
try:
    a.symmetric_difference(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.issubset(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.isdisjoint(None)
except TypeError as e:
    print(type(e).__name__, e)
print(a.__contains__(1), a.__contains__({1}), f.__contains__(9))
print({'a', 'b'}.intersection('abc', 'bcd'), set('abc').difference('a', 'b'))
