def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g(flag):
    if flag:
        y = 'set'
    return y
print(g(True))
try:
    g(False)
except UnboundLocalError as e:
    print(e)
def h():
    z = 1
    del z
    return z
try:
    h()
except NameError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return w
    r = None
    try:
        r = inner()
    except NameError as e:
        r = str(e)
    w = 2
    return r
print(outer())
try:
    undefined_global
except NameError as e:
    print(e)
print(issubclass(UnboundLocalError, NameError))
