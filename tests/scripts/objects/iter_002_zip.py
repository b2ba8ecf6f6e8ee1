print(list(zip([1, 2, 3], 'abc')), list(zip()), list(zip([1])), list(zip([1, 2], [3])))
print(list(zip('ab', range(5), [True, False, None])))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)))
z = zip([1, 2])
print(type(z).__name__, iter(z) is z, next(z), next(z), next(z, None))
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list(zip([1, 2], [1], strict=True)))
t(lambda: list(zip([1], [1, 2], strict=True)))
t(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
t(lambda: list(zip([1], [1], [1, 2], strict=True)))
t(lambda: list(zip([1, 2], [1, 2], [1, 2, 3], strict=True)))
t(lambda: zip(1))
t(lambda: zip([], 1))
t(lambda: zip([], x=1))
t(lambda: zip([], strict=1, x=2))
t(lambda: list(zip([1, 2], [1], strict=False)))
a, b = zip(*[(1, 'a'), (2, 'b')])
print(a, b)
print(dict(zip('abc', range(3))))
out = []
for p in zip(range(3), range(10, 13)):
    out.append(p)
print(out)
def gen():
    yield 1
    raise ValueError('boom')
t(lambda: list(zip(gen(), [1, 2, 3])))
