# A list that contains itself is one unreachable object once its name is gone.
import gc
gc.collect()
l = []
l.append(l)
del l
print("collect():", gc.collect())
print("second collect():", gc.collect())
