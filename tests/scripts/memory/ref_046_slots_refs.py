# __slots__ members hold references like attributes.
import sys
class B:
    __slots__ = ("p", "q")
obj = []
b = B()
b.p = obj
print(sys.getrefcount(obj))
b.q = obj
print(sys.getrefcount(obj))
del b.p
print(sys.getrefcount(obj))
del b
print(sys.getrefcount(obj))
