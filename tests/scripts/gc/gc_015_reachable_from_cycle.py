# Objects hanging off a garbage cycle die with it even though they are not in a cycle.
import gc
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
gc.collect()
l = [T(1), T(2)]
l.append(l)
del l
print("collecting")
n = gc.collect()
print("collect():", n)
