# A dying tuple releases its items from the last to the first; nested containers too.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
t = (D(1), D(2), D(3))
del t
print("--")
s = [D(4), (D(5), D(6)), [D(7), D(8)]]
s = None
print("--")
d = {1: D(9), 2: D(10), 3: D(11)}
del d
print("end")
