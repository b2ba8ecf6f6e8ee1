f = lambda: 0
g = lambda x, y=2, *a, k=1, **kw: (x, y, a, k, kw)
print(f(), g(1), g(1, 3, 4, k=5, z=6))
def h(a, /, b, *, c=3):
    return a + b + c
print(h(1, 2), h(1, b=2, c=0))
def v(*args, **kwargs):
    return args, kwargs
print(v(1, 2, x=3))
