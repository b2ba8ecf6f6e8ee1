# Many references with callbacks on one object: all callbacks run, newest first.
import weakref

class A:
    pass

a = A()
order = []
refs = [weakref.ref(a, lambda w, i=i: order.append(i)) for i in range(20)]
del a
print(order == list(range(19, -1, -1)), len(order))
print(all(r() is None for r in refs))
