# Once materialised, the same __dict__ object is returned each time.
class C:
    def __init__(self):
        self.a = 1
c = C()
d1 = c.__dict__
d2 = c.__dict__
print(d1 is d2, vars(c) is d1, id(vars(c)) == id(d1))
c.b = 2
print(d1)
