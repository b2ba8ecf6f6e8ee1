# A cycle still reachable from a global survives any number of collections.
import gc
class T:
    def __del__(self):
        print("T freed")
gc.collect()
a = []
b = [a, T()]
a.append(b)
holder = {"x": a}
del a, b
for i in range(3):
    print("collect", i, "->", gc.collect())
del holder
print("after del holder:", gc.collect())
