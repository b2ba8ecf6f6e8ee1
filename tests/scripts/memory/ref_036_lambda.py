# Lambdas are functions: their parameter is a local.
import sys
rc = lambda z: sys.getrefcount(z)
obj = []
print(rc(obj), rc([]), rc(rc))
