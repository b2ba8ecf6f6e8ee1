# reference counts of strings created by the program
import sys
s = "".join(["ref", "count"])
print(sys.getrefcount(s))
lst = [s, s, s]
print(sys.getrefcount(s))
del lst
print(sys.getrefcount(s))
t = sys.intern(s)
print(t is s, sys.getrefcount(s))
d = {s: 1}
print(sys.getrefcount(s))
parts = "a,b,c".split(",")
print(sys.getrefcount(parts[1]) > 1)
