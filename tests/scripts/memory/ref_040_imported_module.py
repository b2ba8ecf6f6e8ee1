# An imported module's tree is freed after compilation: its literals have one reference
# less than __main__'s.
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
import _ref_mod
print(_ref_mod.count, sys.getrefcount(_ref_mod.s))
s = "module literal!"
print(sys.getrefcount(s))
