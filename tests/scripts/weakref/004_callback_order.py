# Callbacks run newest first: a reference with a callback is linked right after the
# shared reference and proxy.
import weakref

class A:
    pass

log = []
a = A()
refs = [weakref.ref(a, lambda w, i=i: log.append(i)) for i in range(5)]
plain = weakref.ref(a)
p = weakref.proxy(a, lambda w: log.append("proxy"))
del a
print(log)
print([r() for r in refs], plain())
