# gc.collect() called from __del__: a full collection runs from the finalizer.
import gc
class Inner:
    def __del__(self):
        print("Inner freed")
class Collector:
    def __del__(self):
        print("Collector.__del__ collecting:", gc.collect())
gc.collect()
x = Inner()
x.me = x
del x
c = Collector()
del c
print("end")
