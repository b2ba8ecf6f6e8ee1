# A dying list releases its items from the last to the first.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
l = [D(1), D(2), D(3)]
del l
print("--")
l = [D(4), D(5), D(6)]
l = None
print("--")
l = [D(7), D(8)]
l.clear()
print("--")
l = [D(9), D(10), D(11)]
del l[:]
print("end")
