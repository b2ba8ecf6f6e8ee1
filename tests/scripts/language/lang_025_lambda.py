sq = lambda x: x * x
print(sq(5), (lambda: 'noargs')(), (lambda *a, **k: (a, k))(1, b=2))
add = lambda a, b=10, *, c=100: a + b + c
print(add(1), add(1, 2), add(1, 2, c=3))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: len(s)))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))
make_adder = lambda n: lambda x: x + n
print(make_adder(3)(4))
print(sq.__name__, sq.__qualname__)
def f():
    return lambda: 1
print(f().__qualname__)
fs = {k: (lambda k=k: k * 2) for k in 'ab'}
print(fs['a'](), fs['b']())
print((lambda x: (yield x))(1).__class__.__name__)
