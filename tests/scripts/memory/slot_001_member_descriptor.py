# Each name in __slots__ becomes a member_descriptor on the class.
class S:
    __slots__ = ("a", "b")
print(type(S.a), type(S.a).__name__)
print(repr(S.a), repr(S.b))
print(S.a.__name__, S.a.__qualname__, S.a.__objclass__ is S)
print(S.__dict__["a"] is S.a, sorted(k for k in S.__dict__ if not k.startswith("__")))
print(S.__slots__, type(S.__slots__).__name__)
s = S()
s.a = 10
print(S.a.__get__(s, S), S.a.__get__(None, S) is S.a)
S.b.__set__(s, 20)
print(s.b)
S.b.__delete__(s)
print(hasattr(s, "b"), hasattr(s, "a"))
