# gc.garbage is an ordinary list that the program may modify or rebind within the module.
import gc
print(type(gc.garbage).__name__, gc.garbage)
g = gc.garbage
gc.set_debug(gc.DEBUG_SAVEALL)
x = []
x.append(x)
del x
gc.collect()
print("same list object:", g is gc.garbage, len(g))
g.clear()
gc.garbage.append("user item")
print(gc.garbage)
gc.garbage.clear()
gc.set_debug(0)
