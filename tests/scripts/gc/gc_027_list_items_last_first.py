# A dying list releases its items from the last to the first; a tuple too.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("  del", self.n)
print("list:")
l = [T(1), T(2), T(3)]
del l
print("tuple:")
t = (T(1), T(2), T(3))
del t
print("dict (values in insertion order):")
d = {"a": T(1), "b": T(2), "c": T(3)}
del d
print("instance attributes:")
class H:
    pass
h = H()
h.x = T(1)
h.y = T(2)
h.z = T(3)
del h
print("slice deletion:")
l = [T(1), T(2), T(3), T(4)]
del l[1:3]
print("  remaining", [x.n for x in l])
del l
