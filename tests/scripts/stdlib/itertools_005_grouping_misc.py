# groupby, accumulate, takewhile, dropwhile, starmap, filterfalse, compress, pairwise.
from itertools import (groupby, accumulate, takewhile, dropwhile, starmap, filterfalse,
                       compress, pairwise)
import operator

print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print([k for k, g in groupby('aabbbc')], list(groupby('')))
groups = list(groupby('aabb'))
print([(k, list(g)) for k, g in groups])
it = groupby('xxyy')
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
people = [('ann', 30), ('bob', 30), ('cy', 25)]
for age, group in groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1]):
    print(age, [name for name, _ in group])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)), list(accumulate([])),
      list(accumulate([], initial=5)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(takewhile(bool, [])), list(dropwhile(bool, [1, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(max, ['ab', 'zc'])))
print(list(filterfalse(None, [0, 1, '', 'a'])), list(filterfalse(lambda x: x > 2, range(5))))
print(list(compress('abcd', [1, 0, 1])), list(compress('ab', [1, 1, 1, 1])))
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])))
try:
    list(accumulate(['a', 1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print(type(e).__name__)
