def f(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f
print(f(1, 2, 3, e=5), f(1, 2, c=3, d=0, e=5, f=7))
for call in [lambda: f(1, 2, 3), lambda: f(a=1, b=2, c=3, e=4), lambda: f(1, 2, 3, 4, 5, e=1),
             lambda: f(1, 2, 3, e=1, g=2), lambda: f(1, b=2, c=3, e=4), lambda: f(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
def h(*, only):
    return only
try:
    h(1)
except TypeError as e:
    print(e)
def k(x, *args, y):
    return x, args, y
print(k(1, 2, 3, y=4))
try:
    k(1, 2)
except TypeError as e:
    print(e)
def two_kwonly(*, a, b):
    pass
try:
    two_kwonly()
except TypeError as e:
    print(e)
def three(a, b, c, /):
    pass
try:
    three(1, 2, c=3)
except TypeError as e:
    print(e)
