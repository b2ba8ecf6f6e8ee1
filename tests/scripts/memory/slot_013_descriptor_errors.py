# A member descriptor checks the type of the object it is used on.
class S:
    __slots__ = ("a",)
class T:
    __slots__ = ("a",)
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: S.a.__get__(1))
show(lambda: S.a.__set__(1, 2))
show(lambda: S.a.__delete__("x"))
show(lambda: S.a.__get__(T()))
t = T()
show(lambda: S.a.__set__(t, 5))
show(lambda: S.a.__doc__)
show(lambda: S.a.__get__(None, S) is S.a)
