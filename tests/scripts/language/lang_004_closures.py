def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def outer(x):
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer(5))
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
gs = [lambda: i for i in range(3)]
print([g() for g in gs])
def cellarg(a):
    def get():
        return a
    a = a + 1
    return get
print(cellarg(1)())
x = 'global'
def readg():
    return x
def setg():
    global x
    x = 'changed'
setg()
print(readg())
def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
unbound()
def ul():
    try:
        print(z)
    except UnboundLocalError as e:
        print(e)
    z = 1
ul()
print(counter.__code__.co_cellvars, c.__code__.co_freevars)
print(type(c.__closure__[0]).__name__, c.__closure__[0].cell_contents)
