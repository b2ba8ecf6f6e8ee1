import _helper_mod
print(_helper_mod.value, _helper_mod.greet('x'))
import _helper_mod as hm
print(hm is _helper_mod, hm.Thing.__module__)
from _helper_mod import value, greet as g
print(value, g('y'))
from _helper_mod import Thing, _private
print(Thing.__name__, _private)
import _helper_pkg_a
print(_helper_pkg_a.doubled)
try:
    from _helper_mod import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
import sys
print('_helper_mod' in sys.modules)
def local_import():
    import _helper_mod as inner
    from _helper_mod import value as v2
    return inner.value + v2
print(local_import())
import sys as system, _helper_mod as again
print(system is sys, again is hm)
