# Iterating a split __dict__ and reversed().
class C:
    pass
c = C()
for name in "qwerty":
    setattr(c, name, ord(name))
for k, v in c.__dict__.items():
    print(k, v)
print(list(reversed(c.__dict__)))
