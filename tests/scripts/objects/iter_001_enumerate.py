print(list(enumerate('abc')))
print(list(enumerate('abc', 5)), list(enumerate('ab', start=-2)), list(enumerate([], 3)))
print(list(enumerate(iterable='xy', start=1)))
e = enumerate([10, 20])
print(type(e).__name__, iter(e) is e, next(e), next(e), next(e, 'end'))
print(list(enumerate(range(3), 2**64)))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
class I:
    def __index__(self):
        return 7
print(list(enumerate('a', I())))
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: enumerate())
t(lambda: enumerate(1))
t(lambda: enumerate([], 'a'))
t(lambda: enumerate([], 1.5))
t(lambda: enumerate([], 1, 2))
t(lambda: enumerate([], foo=1))
t(lambda: enumerate([], 1, start=2))
t(lambda: next(enumerate([])))
class E(enumerate):
    pass
print(list(E('ab', 1)), type(E('a')).__name__)
r = []
for x in enumerate([1, 2, 3]):
    r.append(x)
print(r)
