# comparisons are subset tests; set == frozenset
a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b > a, b >= a, a < a, a <= a, a == {2, 1})
print({1} < {2}, {1} > {2}, {1} == {2})
print(frozenset(a) == a, a == frozenset(a), frozenset(a) < b, b > frozenset(a))
print(set() == frozenset(), set() < {1}, set() <= set())
print(a == [1, 2], a != (1, 2), a.__lt__([1]), a.__eq__(5))
try:
    a < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} <= 1
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([{1, 2}, {1}, {2}], key=len))
print({1.0, 2.0} == {1, 2}, {True} == {1}, {0} == {False})
print(frozenset({1, 2}) == frozenset({2, 1}), frozenset('ab') != frozenset('ba'))
print(a.__le__(b), a.__ge__(b), a.__gt__(set()))
