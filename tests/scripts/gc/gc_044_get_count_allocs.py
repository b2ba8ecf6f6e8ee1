# get_count()[0] grows with each allocation of a collector-tracked object and shrinks with
# each deallocation. Objects without a collector header (int, str, float) do not count.
# Only differences are printed, and nothing is printed while measuring (printing itself
# can allocate). Instances of a user class are used: built-in lists, tuples and dicts are
# recycled through free lists, which would hide allocations.
import gc
class P:
    pass
gc.disable()
gc.collect()
gc.get_count()                    # warm-up: the first result tuple may be counted
n0 = gc.get_count()[0]
a = P()
n1 = gc.get_count()[0]
b = [P(), P(), P()]
n2 = gc.get_count()[0]
del a
n3 = gc.get_count()[0]
i = (n3 + 1000) ** 5
s = "text" * (n3 + 2)
f = n3 / 7
n4 = gc.get_count()[0]
P()
n5 = gc.get_count()[0]
print("first get_count() after collect():", gc.get_count()[1:])
print("one instance:", n1 - n0)
print("three more instances (and their list):", n2 - n1 > 2)
print("del a:", n3 - n2)
print("int, str, float:", n4 - n3)
print("a temporary instance:", n5 - n4)
gc.enable()
