# get_debug/set_debug and the flag values.
import gc
print("flags:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print("LEAK is COLLECTABLE|UNCOLLECTABLE|SAVEALL:",
      gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print("default:", gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL | gc.DEBUG_UNCOLLECTABLE)
print(gc.get_debug())
gc.set_debug(1024 + 2048)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())
for bad in ("x", 1.0, None):
    try:
        gc.set_debug(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    gc.set_debug()
except TypeError as e:
    print("TypeError:", e)
print(gc.set_debug(0))
