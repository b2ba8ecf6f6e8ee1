# compare: stderr
# An exception in __del__ run by the collector is reported the same way; collection goes on.
import gc
class C:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("del", self.n)
        if self.n == 1:
            raise RuntimeError("finalizer failed")
gc.collect()
C(1)
C(2)
print("collect():", gc.collect())
print("still running")
