# str() constructor
print(repr(str()), str(1), str(-2.5), str(None), str(True), str([1, "a"]), str((1,)))
print(str("abc"), str(b"abc"), str(b"x", "ascii"), str(b"caf\xc3\xa9", "utf-8"))
print(str(b"caf\xe9", "latin-1"), str(b"caf\xe9", encoding="latin-1"))
print(str(object="kw"), str(b"\xff", "utf-8", "replace"), str(b"a\xffb", errors="ignore"))
print(str(b"\xff", "utf-8", "backslashreplace"), repr(str(b"\xff", "utf-8", "surrogateescape")))
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
class B:
    def __repr__(self):
        return "B-repr"
print(str(A()), str(B()), repr(A()))
tests = [lambda: str(1, 2, 3, 4), lambda: str(x=1), lambda: str(1, "utf-8"),
         lambda: str("a", "utf-8"), lambda: str(b"a", 1), lambda: str(b"a", "nope"),
         lambda: str(b"\xff", "utf-8"), lambda: str(b"a", "utf-8", 5),
         lambda: str(b"\xc3", "utf-8"), lambda: str(b"a", "ascii", "bogus")]
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __str__(self):
        return 5
try:
    str(C())
except TypeError as e:
    print(type(e).__name__, e)
s = "same"
print(str(s) is s)
print(str(b"", "utf-8") == "", str(encoding="utf-8") == "")
