# get_object_traceback(): where an object was allocated
import tracemalloc
class WithDict:
    pass
class WithSlots:
    __slots__ = ("a",)
def make():
    return "made in make()" * 2
tracemalloc.start(2)
s = make()
w = WithSlots()
d = WithDict()
lst = [1, 2, 3]
print(tracemalloc.get_object_traceback(s))
print(tracemalloc.get_object_traceback(s).format())
print(repr(tracemalloc.get_object_traceback(w)))
# CPython 3.11 cannot find instances whose __dict__ is managed by the interpreter
print(tracemalloc.get_object_traceback(d))
print(tracemalloc.get_object_traceback(5), tracemalloc.get_object_traceback(None))
print(tracemalloc.get_object_traceback(WithDict))
print(tracemalloc.get_object_traceback(len))
