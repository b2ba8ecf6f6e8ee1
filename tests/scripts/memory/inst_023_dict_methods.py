# dict methods on a split __dict__.
class C:
    pass
c = C()
c.a = 1
c.b = 2
c.c = 3
d = c.__dict__
print(len(d), "a" in d, d.get("b"), d.get("q", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.copy(), dict(d), d == {"a": 1, "b": 2, "c": 3})
print(d.pop("b"), d)
print(d.setdefault("e", 5), d)
print(d.popitem(), d)
d.update(x=1)
print(c.x, d)
d.clear()
print(vars(c), hasattr(c, "a"))
