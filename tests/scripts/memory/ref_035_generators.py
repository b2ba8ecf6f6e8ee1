# A suspended generator's frame keeps its locals alive.
import sys
def gen():
    o = []
    yield sys.getrefcount(o)
    p = o
    yield sys.getrefcount(o)
g = gen()
print(next(g), next(g))
def g2(x):
    yield sys.getrefcount(x)
obj = []
it = g2(obj)
print(sys.getrefcount(obj))
print(next(it))
del it
print(sys.getrefcount(obj))
