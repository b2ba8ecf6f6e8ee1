# Proxies to container objects: len, indexing, assignment, iteration, membership.
import weakref

class Bag(list):
    pass

b = Bag([1, 2, 3])
p = weakref.proxy(b)
print(len(p), p[0], 2 in p, 9 in p, list(p), sorted(p, reverse=True))
p[0] = 10
p.append(4)
del p[1]
print(b)
print(list(reversed(p)))
for x in p:
    print(x, end=" ")
print()

class D(dict):
    pass

d = D(a=1)
pd = weakref.proxy(d)
pd["b"] = 2
print(pd["a"], len(pd), sorted(pd), "b" in pd)
del pd["a"]
print(d)
