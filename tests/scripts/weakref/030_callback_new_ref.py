# Creating references inside a callback, and a callback freeing other references.
import weakref

class A:
    pass

log = []
a, b = A(), A()

def cb_a(w):
    log.append("a died")
    global rb2
    rb2 = weakref.ref(b, lambda w: log.append("b died"))

ra = weakref.ref(a, cb_a)
del a
print(log, rb2() is b)
del b
print(log)
