# Resurrected objects are not counted, and do not stop other garbage from being collected.
import gc
class A:
    def __init__(self):
        self.me = self
class Z(A):
    def __del__(self):
        zs.append(self)
zs = []
def stats():
    d = gc.get_stats()[-1]
    return d["collected"], d["uncollectable"]
gc.collect()
gc.disable()
c0, u0 = stats()
for i in range(10):
    A()
t = gc.collect()
c1, u1 = stats()
print("10 A():", t, c1 - c0, u1 - u0)
Z()
t = gc.collect()
c2, u2 = stats()
print("Z() alone:", t, c2 - c1, u2 - u1)
for i in range(10):
    A()
Z()
t = gc.collect()
c3, u3 = stats()
print("10 A() + Z():", t, c3 - c2, u3 - u2)
zs.clear()
t = gc.collect()
c4, u4 = stats()
print("after zs.clear():", t, c4 - c3, u4 - u3)
gc.enable()
