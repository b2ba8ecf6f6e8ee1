# setattr/getattr/delattr/hasattr on inline attributes.
class C:
    pass
c = C()
for i in range(4):
    setattr(c, "v" + str(i), i * i)
print(getattr(c, "v3"), hasattr(c, "v4"), getattr(c, "v9", "none"))
delattr(c, "v1")
print(vars(c))
