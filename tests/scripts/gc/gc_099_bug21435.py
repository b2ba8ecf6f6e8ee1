# test_bug21435: a __del__ that sets an attribute on an object that is being collected.
import gc
gc.collect()
class A:
    pass
class B:
    def __init__(self, x):
        self.x = x
    def __del__(self):
        self.attr = None
        print("B.__del__ ran")
def do_work():
    a = A()
    b = B(A())
    a.attr = b
    b.attr = a
do_work()
print("collect():", gc.collect())
