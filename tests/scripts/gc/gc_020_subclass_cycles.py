# Subclasses of list and dict, and a class with several bases, in self-cycles.
import gc
class A:
    pass
class L(list):
    pass
class D(dict):
    pass
class C(L, A):
    pass
gc.collect()
x = L()
x.append(x)
del x
print("list subclass, self item:", gc.collect())
y = D()
y["me"] = y
del y
print("dict subclass, self value:", gc.collect())
z = C()
z.a = z
del z
print("list subclass, self attribute:", gc.collect())
