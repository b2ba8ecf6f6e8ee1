# str subclasses
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hello")
print(s, repr(s), len(s), s.shout(), type(s).__name__, isinstance(s, str))
print(s + "x", type(s + "x").__name__, type(str(s)).__name__, type(s[1:3]).__name__, type(s * 2).__name__)
print(s == "hello", s < "world", hash(s) == hash("hello"), "ell" in s, s.startswith("he"))
print(type(s.strip()).__name__, type(s.replace("z", "q")).__name__, type("".join([s])).__name__)
print({s: 1}["hello"], "-".join([s, s]), "{}".format(s), "%s" % s, f"{s}")
class T(str):
    def __str__(self):
        return "custom"
    def __repr__(self):
        return "T()"
t = T("base")
print(str(t), repr(t), "{}".format(t), "%s" % t, len(t), t.upper(), t + "!")
class U(str):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(U("ab"), len(U("ab")))
class E(str):
    pass
e = E()
print(repr(e), len(e), bool(e), E(b"x", "ascii"), E(5))
e.attr = 1
print(e.attr)
print(type(iter(s)).__name__, type(iter(S("é"))).__name__, list(S("ab")), s.__sizeof__(), S("é€").__sizeof__())
print(s.upper(), s.split("l"), s.encode(), S("a,b").partition(","), s.center(9, "*"), s.zfill(7))
