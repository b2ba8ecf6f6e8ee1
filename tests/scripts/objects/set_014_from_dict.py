# sets built from dicts and dicts built from sets keep CPython's order
d = {'k%d' % i: i for i in range(12)}
s = set(d)
print(s)
print(set(d.keys()), set(d.values()), len(set(d.items())))
print(dict.fromkeys(s))
print(dict.fromkeys(frozenset(range(10, 0, -1)), 0))
s2 = set()
s2.update(d)
print(s2 == s, s2)
t = {1, 2, 3}
t ^= set({3: 0, 4: 0})
print(t)
t.symmetric_difference_update({5: 0, 1: 0})
print(t)
print(t - {1: 2, 2: 3}.keys(), t.difference({2: 0}))
try:
    set(range(100)) - {1: 1}
except TypeError as e:
    print(type(e).__name__, e)
print(set(range(100)).difference({1: 1, 99: 0}) == set(range(2, 99)))
print({3, 4}.intersection({3: 0}), {3, 4}.isdisjoint({5: 1}))
