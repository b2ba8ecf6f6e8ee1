# repr: quote choice and escapes
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline",
         "cr\rx", "back\\slash", "\x00\x01\x1f", "\x7f", "\x80\x9f", "\xa0", "\xad",
         "é", "ÿ", "Ā", "€", "\u2028", "\ufeff", "\U0001f600", "\U000e0001", "\ud800",
         "\udfff", "\U0010ffff", "", "'", '"', "\\", "\u0378", "\u3000", "中文"]
for t in tests:
    print(repr(t), len(repr(t)))
print(str(["a", "b'c", "é"]))
print(repr(repr("x")))
print(ascii("é€😀x"), ascii("plain"), ascii("\n"))
print("%r" % "q'", "{!r}".format("é"))
