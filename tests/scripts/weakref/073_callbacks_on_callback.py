# A weak reference to a callback function: it dies when the reference holding it dies.
import weakref

class A:
    pass

log = []

def make():
    def callback(w):
        log.append("callback ran")
    return callback

a = A()
cb = make()
r = weakref.ref(a, cb)
rcb = weakref.ref(cb, lambda w: log.append("callback function died"))
del cb
print(log)
del r
print(log)
del a
print(log)
