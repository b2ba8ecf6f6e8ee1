# repr and comparisons of split dicts against each other.
class C:
    pass
a = C()
b = C()
a.x = 1
a.y = 2
b.y = 2
b.x = 1
print(a.__dict__, b.__dict__, a.__dict__ == b.__dict__)
print(vars(a) == {"y": 2, "x": 1})
