# "x in {...}" with constants uses a frozenset constant; ranges and sets are new each time.
s1 = frozenset({1, 2})
s2 = frozenset({1, 2})
print(s1 is s2, s1 == s2)
print(frozenset() is frozenset(), frozenset([]) is frozenset(()))
r1 = range(10)
r2 = range(10)
print(r1 is r2, r1 == r2)
print(set() is set())
