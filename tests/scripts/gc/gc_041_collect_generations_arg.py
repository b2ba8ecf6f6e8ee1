# gc.collect(generation): 0, 1, 2 positionally and by keyword; bad values raise.
import gc
gc.collect()
for g in (0, 1, 2):
    l = []
    l.append(l)
    del l
    print("collect(%d):" % g, gc.collect(g))
l = []
l.append(l)
del l
print("collect(generation=1):", gc.collect(generation=1))
for bad in (-1, 3, 100):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("1", 1.5, None):
    try:
        gc.collect(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    gc.collect(0, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    gc.collect(gen=1)
except TypeError as e:
    print("TypeError:", e)
print("collect(True):", gc.collect(True))
