# Starred assignment, augmented assignment and tuple packing.
import sys
rc = sys.getrefcount
o = []
x, *rest = [o, o, o]
print(rc(o), len(rest))
del rest
print(rc(o))
t = o, o
print(rc(o))
u = t
u += (o,)
print(rc(o), rc(t))
first, second = t
print(rc(o))
