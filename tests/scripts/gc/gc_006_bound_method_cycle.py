# self.init = self.__init__: the bound method refers back to the instance.
import gc
class A:
    def __init__(self):
        self.init = self.__init__
gc.collect()
a = A()
print("method's __self__ is a:", a.init.__self__ is a)
gc.collect()
del a
print("collect():", gc.collect())
