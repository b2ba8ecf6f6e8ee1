# Parameters: the caller's reference, the callee's local, getrefcount's argument.
import sys
def one(p):
    return sys.getrefcount(p)
obj = object()
print(one(obj))
print(one(object()))
print(one([]))
def two(p, q):
    return sys.getrefcount(p), sys.getrefcount(q)
print(two(obj, obj))
print(sys.getrefcount(obj))
