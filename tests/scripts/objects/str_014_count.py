# count with start/end and empty needles
s = "aaaa bbb aaaa"
for sub in ("a", "aa", "aaa", "b", "", " ", "x", "aaaa bbb aaaa", "a b"):
    print(repr(sub), s.count(sub), s.count(sub, 2), s.count(sub, 2, 8), s.count(sub, -5),
          s.count(sub, 20), s.count(sub, 5, 3))
print("".count(""), "".count("a"), "abc".count("", 3), "abc".count("", 4), "abc".count("", -1))
print("é€é€é".count("é"), "é€é€é".count("€é"), "😀😀😀".count("😀😀"), "a😀".count("é"))
for f in (lambda: s.count(), lambda: s.count(1), lambda: s.count("a", "b"),
          lambda: s.count("a", 1, 2, 3), lambda: s.count(sub="a")):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
