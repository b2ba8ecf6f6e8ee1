# Two closures share one cell; nonlocal rebinding changes what the cell holds.
import sys
def make():
    v = []
    def get():
        return v
    def put(x):
        nonlocal v
        v = x
    return get, put
get, put = make()
print(sys.getrefcount(get.__closure__[0]), get.__closure__[0] is put.__closure__[0])
o = object()
put(o)
print(sys.getrefcount(o))
put(None)
print(sys.getrefcount(o))
