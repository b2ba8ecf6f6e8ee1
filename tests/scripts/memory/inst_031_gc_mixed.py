# Collector counts with instances, lists and a materialised dict.
import gc
class N:
    pass
gc.collect()
a = N()
a.items = [a]
del a
print(gc.collect())
b = N()
b.d = {"self": b}
del b
print(gc.collect())
c = N()
c.c = c
c.__dict__
del c
print(gc.collect())
