# The exact AttributeError texts for slots: reading, deleting and unknown names.
class S:
    __slots__ = ("a", "b")
s = S()
def show(fn):
    try:
        r = fn()
        print("ok", r)
    except AttributeError as e:
        print("AttributeError:", e)
show(lambda: s.a)
show(lambda: s.b)
def del_a():
    del s.a
show(del_a)
s.a = 1
show(del_a)
show(del_a)
def del_z():
    del s.z
show(del_z)
show(lambda: s.z)
show(lambda: getattr(s, "zz"))
show(lambda: getattr(s, "a", "default"))
show(lambda: delattr(s, "b"))
