# A tuple of constants is one constant; its items are shared with the tree's literals.
import sys
t = (1000, 2000, 3000)
print(sys.getrefcount(t))
print(sys.getrefcount(t[0]))
u = (1000, 2000, 3000)
print(t is u, sys.getrefcount(t))
v = ("x-1", ("x-2", 4000))
print(sys.getrefcount(v), sys.getrefcount(v[1]), sys.getrefcount(v[1][1]))
