# replace with counts and empty patterns
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("x", "y"), s.replace("", "-"), s.replace("", "-", 3), "".replace("", "x"), "".replace("a", "b"))
print("aaaa".replace("aa", "b"), "aaa".replace("a", ""), "abc".replace("abc", ""), "abc".replace("b", "é€"))
print("é€é".replace("é", "e"), "😀x😀".replace("😀", ":)"), "x".replace("x", "😀"), "abc".replace("", "é", 2))
t = "unchanged"
print(t.replace("q", "r") is t, t.replace("q", "r", 5) == t)
for f in (lambda: s.replace(1, "a"), lambda: s.replace("a", 2), lambda: s.replace("a"),
          lambda: s.replace("a", "b", "c"), lambda: s.replace("a", "b", 1, 2),
          lambda: s.replace(old="a", new="b"), lambda: s.replace("a", "b", 1.0)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
