import sys
def f(): pass
def g():
    yield 1
class C:
    def m(self): pass
def mk():
    v = 1
    def inner():
        return v
    return inner
print(sys.getsizeof(f), sys.getsizeof(C().m), sys.getsizeof(mk().__closure__[0]))
print(sys.getsizeof(g()))
def big():
    a = b = c = d = e = 1
    yield a
print(sys.getsizeof(big()))
