# Sets hold one reference per element; frozenset copies of a frozenset are the same object.
import sys
t = (1, "set item")
s = {t}
print(sys.getrefcount(t))
s2 = set(s)
print(sys.getrefcount(t))
s.discard(t)
print(sys.getrefcount(t))
fs = frozenset([t])
print(sys.getrefcount(t), frozenset(fs) is fs, sys.getrefcount(fs))
