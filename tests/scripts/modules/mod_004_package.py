import _pkg.sub
print(_pkg.PKG_VALUE, _pkg.sub.use())
from _pkg import sibling
print(sibling.NAME, sibling is _pkg.sibling)
import _pkg
print(_pkg.__name__, _pkg.sub.__name__, _pkg.sub.__package__)
from _pkg.sibling import helper as h
print(h())
import sys
print([k for k in sorted(sys.modules) if k.startswith("_pkg")])
