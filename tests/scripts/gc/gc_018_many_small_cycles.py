# Many independent two-object cycles are all counted.
import gc
gc.collect()
for i in range(100):
    a = []
    b = [a]
    a.append(b)
del a, b
print("100 pairs:", gc.collect())
for i in range(50):
    d = {}
    d["self"] = d
del d
print("50 dicts:", gc.collect())
