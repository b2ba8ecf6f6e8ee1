# A literal passed straight to getrefcount: the constant, the tree and the argument.
import sys
print(sys.getrefcount("just an argument"))
print(sys.getrefcount(55555555))
print(sys.getrefcount(3.25))
print(sys.getrefcount((7, 8, 9)))
