# Each extra name bound to the object adds one reference; del takes it away.
import sys
s = "shared value"
t = s
print(sys.getrefcount(s))
u = t
print(sys.getrefcount(s))
del t
print(sys.getrefcount(s))
del u
print(sys.getrefcount(s))
