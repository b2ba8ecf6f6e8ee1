# The error cases of sys.getsizeof, and its default argument.
import sys
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Negative:
    def __sizeof__(self):
        return -1
class NotInt:
    def __sizeof__(self):
        return "many"
class Float:
    def __sizeof__(self):
        return 3.0
class Raises:
    def __sizeof__(self):
        raise ValueError("no size")
class RaisesType:
    def __sizeof__(self):
        raise TypeError("no size either")
class NoneSize:
    __sizeof__ = None
class Huge:
    def __sizeof__(self):
        return 2 ** 70
for cls in (Negative, NotInt, Float, Raises, RaisesType, NoneSize, Huge):
    show(lambda: sys.getsizeof(cls()))
    show(lambda: sys.getsizeof(cls(), "default"))
show(lambda: sys.getsizeof(1, default=0))
show(lambda: sys.getsizeof(object=1))
show(lambda: sys.getsizeof(NotInt(), default=None))
