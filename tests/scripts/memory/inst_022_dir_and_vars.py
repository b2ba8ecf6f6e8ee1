# dir() and vars() see inline attributes.
class C:
    def __init__(self):
        self.zeta = 1
        self.alpha = 2
c = C()
print([n for n in dir(c) if not n.startswith("__")])
print(vars(c))
print(sorted(c.__dict__.items()))
