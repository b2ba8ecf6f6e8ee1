import sys
x = []
print(sys.getrefcount(x))
def f():
    y = []
    return sys.getrefcount(y)
print(f())
class O:
    def m(self):
        return sys.getrefcount(self)
    def n(self, a):
        return sys.getrefcount(a)
o = O()
print(o.m(), O.m(o))
bm = o.m
print(bm())
z = object()
print(o.n(z), sys.getrefcount(z))
lst = [z, z]
print(sys.getrefcount(z))
def g(*args):
    return sys.getrefcount(args[0])
print(g(z))
def h(**kw):
    return sys.getrefcount(kw['k'])
print(h(k=z))
def gen():
    v = object()
    yield sys.getrefcount(v)
print(next(gen()))
def closure():
    c = object()
    def inner():
        return sys.getrefcount(c)
    return inner()
print(closure())
print(sys.getrefcount(f), sys.getrefcount(O), sys.getrefcount(o))
t = (z,)
print(sys.getrefcount(z))
for item in [z]:
    print(sys.getrefcount(item))
d = {'a': z}
print(sys.getrefcount(z))
try:
    raise ValueError
except ValueError as e:
    print(sys.getrefcount(e))
print([sys.getrefcount(i) for i in [object()]])
