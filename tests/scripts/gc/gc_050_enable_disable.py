# enable/disable/isenabled; collect() works while disabled.
import gc
print("initially:", gc.isenabled())
gc.disable()
print("after disable:", gc.isenabled())
gc.disable()
print("disable twice:", gc.isenabled())
l = []
l.append(l)
del l
print("collect while disabled:", gc.collect())
gc.enable()
print("after enable:", gc.isenabled())
print(gc.enable(), gc.disable(), gc.isenabled())
gc.enable()
try:
    gc.enable(1)
except TypeError as e:
    print("TypeError:", e)
try:
    gc.isenabled(1)
except TypeError as e:
    print("TypeError:", e)
