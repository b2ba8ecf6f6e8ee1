# Tuples met first are registered, then their items are replaced by the canonical objects.
import sys
a = 424242
t = (424242, 424242)
print(t[0] is a, t[1] is a, sys.getrefcount(a))
u = (535353, 535353)
print(u[0] is u[1], sys.getrefcount(u[0]))
