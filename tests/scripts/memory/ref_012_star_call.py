# f(*lst): the list is turned into a tuple and dropped before the call.
import sys
def va(*args):
    return sys.getrefcount(args[0])
def pos(a, b):
    return sys.getrefcount(a)
obj = []
lst = [obj, 1]
print(va(*[obj]))
print(va(*lst))
print(pos(*lst))
print(pos(*(obj, 2)))
print(sys.getrefcount(obj))
