# A materialised __dict__ is tracked only if a value may be.
import gc
class C:
    pass
c = C()
c.a = 1
c.b = "x"
print(gc.is_tracked(c.__dict__))
d = C()
d.a = []
print(gc.is_tracked(d.__dict__))
e = C()
e.__dict__
e.l = [1]
print(gc.is_tracked(e.__dict__))
