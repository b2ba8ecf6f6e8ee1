# Argument errors of sys.getsizeof, with CPython's messages.
import sys
def show(fn):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)
show(lambda: sys.getsizeof())
show(lambda: sys.getsizeof(1, 2, 3))
show(lambda: sys.getsizeof(1, foo=2))
show(lambda: sys.getsizeof(1, object=2))
show(lambda: sys.getsizeof(default=2))
show(lambda: sys.getsizeof(1, 2, default=3))
show(lambda: sys.getsizeof(1, 2))
