try:
    import _no_such_module
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import _no_such_module.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from _mod_a import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import _mod_raises
except ValueError as e:
    print("module raised:", e)
import sys
print("_mod_raises" in sys.modules)
try:
    import _mod_a.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
