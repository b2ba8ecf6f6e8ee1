# needs: pymalloc
# Objects of different types but the same size class share pools: a dead dict's block
# can become a set... when the sizes fit the same 16-byte class.
import sys
print(sys.getsizeof(object()) == 16)
class A:
    pass
a = A()
ia = id(a)
del a
b = A()
print(id(b) == ia)
