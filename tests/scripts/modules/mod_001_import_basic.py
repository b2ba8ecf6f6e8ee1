import sys
import _mod_a
print(_mod_a.VALUE, _mod_a.func(3), _mod_a.__name__)
import _mod_a as again
print(again is _mod_a, sys.modules["_mod_a"] is _mod_a)
from _mod_a import func as f2, VALUE, Thing
print(f2(2), VALUE, Thing(7))
print(type(_mod_a).__name__, hasattr(_mod_a, "_private"))
print(sorted(k for k in vars(_mod_a) if not k.startswith("__")))
print(__name__, _mod_a.Thing.__module__)
