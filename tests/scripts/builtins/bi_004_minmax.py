def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(max(1, 2, 3), min(1, 2, 3), max([4, 9, 2]), min('hello'), max('a', 'b'))
print(max([1, 5, 3], key=lambda x: -x), min(['aa', 'b', 'ccc'], key=len), max(['aa', 'bb'], key=len))
print(max([], default='empty'), min((), default=None), max([3], default=0))
print(max(1, 2, key=None), max([2, 1], key=None, default=5))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min([[2], [1, 5]]))
print(max(1, 2.5, True), min(-1, -1.0), max(-1.0, -1))
print(max(range(10)), min(x * x - 4 * x for x in range(6)))
t(lambda: max())
t(lambda: min())
t(lambda: max([]))
t(lambda: min(()))
t(lambda: max(1))
t(lambda: max(1, 2, default=0))
t(lambda: max([1, 'a']))
t(lambda: min([1], foo=1))
t(lambda: max([1], key=1))
t(lambda: max([1], key=len, default=1, x=2))
t(lambda: min(1, 'a'))
