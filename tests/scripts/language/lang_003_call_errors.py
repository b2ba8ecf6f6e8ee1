def f(x): pass
def g(a, b): pass
def h(a, b=1): pass
def k(*, k): pass
def p(a, /): pass
def v(**kw): pass
tests = [
    lambda: f(),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: f(1, 2),
    lambda: h(1, 2, 3),
    lambda: f(z=1),
    lambda: f(1, x=2),
    lambda: k(),
    lambda: p(a=1),
    lambda: f(**1),
    lambda: f(*1),
    lambda: v(**{'a': 1}, a=2),
    lambda: k(1, k=2),
    lambda: (lambda: 0)(1),
    lambda: g(1),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
def three(a, b, c): pass
try:
    three()
except TypeError as e:
    print(e)
class C:
    def m(self, x): pass
try:
    C().m()
except TypeError as e:
    print(e)
