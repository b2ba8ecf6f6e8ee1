# Folded constants ('hel' + 'lo', 'ab' * 3, -5000, 2**40) are held by the tree as well.
import sys
s = "hel" + "lo-there"
print(sys.getrefcount(s))
r = "ab-" * 3
print(sys.getrefcount(r))
n = -5000
print(sys.getrefcount(n))
p = 2 ** 40
print(sys.getrefcount(p))
q = 7 * 11111
print(sys.getrefcount(q))
