# __del__ of attribute values when the instance dies.
class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Holder:
    pass
h = Holder()
h.a = Noisy(1)
h.b = Noisy(2)
h.c = Noisy(3)
del h
print("--")
h = Holder()
h.a = Noisy(4)
h.b = Noisy(5)
h.__dict__
del h
print("end")
