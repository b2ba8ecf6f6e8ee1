# Objects frozen by gc.freeze() are never collected by CPython, not even at exit: the
# frozen cycle's __del__ never runs, while the young one's runs in the exit collection.
import gc
class A:
    def __del__(self):
        print("del", self.name)
a = A(); a.name = "frozen"; a.me = a
gc.freeze()
b = A(); b.name = "young"; b.me = b
del a, b
print("end")
