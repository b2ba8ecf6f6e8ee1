# `x in [..]` and `x in {..}` test a folded tuple / frozenset constant.
import sys
print(5000 in [5000, 6000], sys.getrefcount(5000))
print(7000 in {7000, 8000}, sys.getrefcount(7000))
v = 9000
print(v not in [9001, 9002], sys.getrefcount(v))
