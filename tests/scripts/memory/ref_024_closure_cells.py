# A closure's free variable lives in a cell; the cell holds the object, not the frame.
import sys
def outer():
    v = []
    def inner():
        return sys.getrefcount(v)
    print(sys.getrefcount(v), inner())
    return inner
f = outer()
print(f())
cell = f.__closure__[0]
print(sys.getrefcount(cell), sys.getrefcount(cell.cell_contents))
