# Iterators hold their sequence; zip and map hold their arguments.
import sys
L = [1, 2]
it = iter(L)
print(sys.getrefcount(L), sys.getrefcount(it))
obj = []
z = zip([obj], [obj])
print(sys.getrefcount(obj))
del z
print(sys.getrefcount(obj))
e = enumerate(L)
print(sys.getrefcount(L))
del it, e
print(sys.getrefcount(L))
