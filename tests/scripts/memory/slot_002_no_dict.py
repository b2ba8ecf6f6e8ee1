# A slotted class without '__dict__' in its slots gives its instances no __dict__.
class S:
    __slots__ = ("a",)
s = S()
s.a = 1
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: s.__dict__)
show(lambda: setattr(s, "b", 2))
show(lambda: vars(s))
show(lambda: hasattr(s, "__dict__"))
show(lambda: "__dict__" in dir(s))
show(lambda: "__weakref__" in dir(s))
show(lambda: hasattr(S, "__weakref__"))
show(lambda: s.__slots__)
def assign():
    s.c = 3
show(assign)
