# strip / lstrip / rstrip
tests = ["  hello  ", "\t\n x \r\f\v", "", "   ", "xxhixx", "\u3000uni\u2028", "\xa0nbsp\x85",
         "\x1c\x1d\x1e\x1fsep\x1f"]
for t in tests:
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhixy".strip("yx")), repr("abc".strip("")),
      repr("abc".strip("abc")), repr("abca".lstrip("a")), repr("abca".rstrip("a")))
print(repr("é€é".strip("é")), repr("😀a😀".strip("😀")), repr("aé".rstrip("é€")))
print(repr("  a ".strip(None)), repr("  a ".lstrip(None)))
s = "nostrip"
print(s.strip() is s, s.strip("q") is s)
for f in (lambda: "a".strip(1), lambda: "a".lstrip(b"a"), lambda: "a".rstrip(1, 2),
          lambda: "a".strip(chars="a")):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
