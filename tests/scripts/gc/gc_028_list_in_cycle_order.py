# Items of a list that is cyclic garbage die when the collector clears the list.
import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
gc.collect()
l = [T(1), T(2), T(3)]
l.append(l)
del l
print("collect():", gc.collect())
d = {"a": T("a"), "b": T("b")}
d["me"] = d
del d
print("collect():", gc.collect())
