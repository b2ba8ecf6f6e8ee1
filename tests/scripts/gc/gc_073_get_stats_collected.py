# get_stats()[g]["collected"] grows by what each collection of generation g found.
import gc
class A:
    def __init__(self):
        self.me = self
gc.collect()
gc.disable()
def delta(old, new):
    return [(new[i]["collected"] - old[i]["collected"],
             new[i]["uncollectable"] - old[i]["uncollectable"]) for i in range(3)]
old = gc.get_stats()
for i in range(7):
    A()
gc.collect(0)
new = gc.get_stats()
print("7 in gen 0:", delta(old, new))
old = new
for i in range(3):
    A()
gc.collect(1)
new = gc.get_stats()
print("3 in gen 1:", delta(old, new))
old = new
for i in range(4):
    A()
gc.collect(2)
new = gc.get_stats()
print("4 in gen 2:", delta(old, new))
gc.enable()
