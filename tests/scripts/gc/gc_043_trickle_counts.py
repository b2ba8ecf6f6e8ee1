# test_collect_generations: an object moves one generation up per collection of its own.
import gc
gc.collect()
x = []
gc.collect(0)
a = gc.get_count()
gc.collect(1)
b = gc.get_count()
gc.collect(2)
c = gc.get_count()
print("after collect(0): counts 1,2 =", a[1:])
print("after collect(1): counts 1,2 =", b[1:])
print("after collect(2): counts 1,2 =", c[1:])
