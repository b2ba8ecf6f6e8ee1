# get_threshold / set_threshold, including the optional arguments and errors.
import gc
print(gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(1000)
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(100, 20, 30)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold())
for args in ((), (1, 2, 3, 4), ("a",), (1.5,)):
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print("TypeError:", e)
gc.set_threshold(-5, -1, -1)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold())
