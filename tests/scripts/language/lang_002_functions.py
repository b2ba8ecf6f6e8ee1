# def with defaults, *args, **kwargs, keyword-only, positional-only
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, z=0))
def g(x, y, /, z):
    return x + y + z
print(g(1, 2, 3), g(1, 2, z=3))
def h(*, k):
    return k
print(h(k=5))
def deflt(a=[]):
    a.append(1)
    return a
print(deflt(), deflt())
print(f.__name__, f.__defaults__, f.__kwdefaults__)
def doc():
    "the doc"
    return 1
print(doc.__doc__, f.__doc__)
lam = lambda x, y=10: x * y
print(lam(3), lam(3, 4), lam.__name__)
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
args = (1, 2)
kwargs = {'c': 3}
print(f(*args, **kwargs))
print(f(*[1], *[2, 3], c=1, **{'q': 1}))
def noret():
    pass
print(noret())
