def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted([3, 1, 2]), sorted('bca'), sorted((2, 1)), sorted({3, 1}), sorted({'b': 1, 'a': 2}))
print(sorted([3, 1, 2], reverse=True), sorted(['Bb', 'a', 'C'], key=str.lower))
print(sorted(['ab', 'c', 'def', 'gh'], key=len), sorted(['ab', 'c', 'def', 'gh'], key=len, reverse=True))
print(sorted([]), sorted(range(5, 0, -1)), sorted(x % 3 for x in range(7)))
l = [2, 1]
s = sorted(l)
print(l, s, l is s)
print(sorted([-1.5, 2, 0, -3]), sorted(['b', 'a'], reverse=1))
print(sorted([(2, 'a'), (1, 'b'), (2, 0)], key=lambda p: p[0]))
t(lambda: sorted())
t(lambda: sorted(1))
t(lambda: sorted([1], 2))
t(lambda: sorted([1, 'a']))
t(lambda: sorted([1], cmp=None))
t(lambda: sorted([1, 2], key=lambda x: 'a' if x == 1 else 1))
t(lambda: sorted([1], reverse='x'))
for r in (2**100, True, 0, -1, 2.0, None):
    try:
        print(sorted([1, 3, 2], reverse=r))
    except Exception as e:
        print(type(e).__name__, e)
