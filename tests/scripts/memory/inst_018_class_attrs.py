# Class attributes are not instance attributes; instance attributes shadow them.
class C:
    x = 10
    def m(self):
        return "method"
c = C()
print(c.x, vars(c))
c.x = 20
print(c.x, C.x, vars(c))
c.m = lambda: "instance"
print(c.m(), C.m(c))
del c.m
print(c.m())
