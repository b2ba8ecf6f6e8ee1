# A proxy to an iterator works with next(); a proxy to a non-iterator refuses.
import weakref

class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

c = Counter()
p = weakref.proxy(c)
print(next(p), next(p), list(p))

class NotIter:
    pass

ni = NotIter()
pn = weakref.proxy(ni)
try:
    next(pn)
except TypeError as e:
    print("TypeError:", e)
