# Deleting attributes before __dict__ exists, and reading them after.
class C:
    pass
c = C()
c.a = 1
c.b = 2
del c.a
print(hasattr(c, "a"), c.b)
try:
    c.a
except AttributeError as exc:
    print(exc)
try:
    del c.a
except AttributeError as exc:
    print(exc)
c.a = 3
print(c.__dict__)
