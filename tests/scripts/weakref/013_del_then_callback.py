# Order at death: __del__ runs first (the reference still works inside it), then the
# callbacks, then the instance dict is cleared.
import weakref

class Val:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("value", self.name, "freed")

class A:
    def __init__(self):
        self.v = Val("attr")
    def __del__(self):
        print("__del__, ref alive:", r() is self)

def cb(w):
    print("callback, ref:", w())

a = A()
r = weakref.ref(a, cb)
del a
print("done")
