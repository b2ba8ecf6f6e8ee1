# A nested function that refers to itself through its closure cell.
import gc
def outer():
    def inner():
        return inner
    return inner
gc.collect()
f = outer()
print("f() is f:", f() is f)
print("cell contents is f:", f.__closure__[0].cell_contents is f)
del f
print("collect():", gc.collect())
# two closures sharing a cell
def pair():
    x = []
    def get():
        return x
    def put(v):
        x.append(v)
    put(get)
    return get
g = pair()
del g
print("shared cell:", gc.collect())
