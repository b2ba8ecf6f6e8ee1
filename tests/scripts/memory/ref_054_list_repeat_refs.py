# A script's own references come and go: dropping a list of 1000 references to one object
# takes exactly 1000 references from that object's count.
import sys
o = object()
before = sys.getrefcount(o)
refs = [o] * 1000
print(sys.getrefcount(o) - before)
del refs
print(sys.getrefcount(o) - before)
