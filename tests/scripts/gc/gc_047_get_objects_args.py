# get_objects() argument checking.
import gc
gc.collect()
print(type(gc.get_objects(generation=None)).__name__)
for bad in (1000, -1000, 3):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("1", 1.234):
    try:
        gc.get_objects(bad)
    except TypeError as e:
        print("TypeError:", e)
print(type(gc.get_objects(0)).__name__)
# -1 is how CPython 3.11 spells "None" internally, so get_objects(-1) lists every generation.
l = []
print("get_objects(-1) sees a new list:", any(o is l for o in gc.get_objects(-1)))
try:
    gc.get_objects(-2)
except ValueError as e:
    print("-2: ValueError:", e)
