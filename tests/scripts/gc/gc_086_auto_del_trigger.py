# test_del: __del__ methods can trigger collection (threshold 1), without harm.
import gc
dels = [0]
class A:
    def __del__(self):
        dir(self)
        x = [A2(), A2()]
        dels[0] += 1
class A2:
    pass
thresholds = gc.get_threshold()
gc.enable()
gc.set_threshold(1)
a = A()
del a
for i in range(20):
    a = A()
    a.me = a
    del a
gc.set_threshold(*thresholds)
gc.collect()
print("__del__ calls:", dels[0])
print("garbage:", gc.garbage)
