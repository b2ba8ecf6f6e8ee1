# Tuples are immutable, so a list closes the loop: tuple -> list -> tuple.
import gc
gc.collect()
l = []
t = (l,)
l.append(t)
gc.collect()
del t
del l
print("collect():", gc.collect())
# A longer loop through nested tuples
l = []
t = ((l, 1), 2)
l.append(t)
del l, t
print("nested tuples:", gc.collect())
