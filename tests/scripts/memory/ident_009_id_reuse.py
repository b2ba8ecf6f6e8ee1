# id() is the address: a freed object's memory is reused for the next one at once.
# needs: pymalloc
print(id([]) == id([]))
print(id({}) == id({}))
a = []
b = []
print(id(a) == id(b), a is b)
x = object()
xid = id(x)
del x
y = object()
print(id(y) == xid)
print(id(1000 * 10) == id(1000 * 10))
class C:
    pass
print(id(C()) == id(C()))
