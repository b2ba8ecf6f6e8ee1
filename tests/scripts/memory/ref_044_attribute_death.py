# An object's attributes die with it; a slice assignment releases the removed items.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
o = D(1)
o.child = D(2)
del o
print("--")
l = [D(3), D(4), D(5)]
l[0:2] = []
print("--")
l[0] = D(6)
print("--")
try:
    raise ValueError(D(7))
except ValueError:
    print("in except")
print("end")
