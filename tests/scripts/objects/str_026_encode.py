# encode with codecs and error handlers
s = "héllo €uro 😀"
print(s.encode(), s.encode("utf-8"), s.encode("utf8"), s.encode("UTF_8"), s.encode(encoding="u8"))
print("abc".encode("ascii"), "abc".encode("latin-1"), "café".encode("latin1"), "café".encode("iso-8859-1"))
for errors in ("ignore", "replace", "backslashreplace"):
    print(errors, s.encode("ascii", errors), s.encode("latin-1", errors))
print("x\udcffy".encode("utf-8", "surrogateescape"), "\udc80".encode("latin-1", "surrogateescape"))
print("a\ud800b".encode("utf-8", "replace"), "a\ud800b".encode("utf-8", "ignore"), "a\ud800".encode("utf-8", "backslashreplace"))
print(len("€".encode()), len("😀".encode()), len("é".encode()), "".encode() == b"")
for f in (lambda: s.encode("ascii"), lambda: "é€".encode("ascii"), lambda: "aé€b".encode("latin-1"),
          lambda: "\ud800".encode(), lambda: "\ud800\udc00x".encode(), lambda: s.encode("nope"),
          lambda: "é".encode("ascii", "bogus"), lambda: "a".encode("ascii", "bogus"),
          lambda: s.encode(1), lambda: s.encode("utf-8", 2), lambda: s.encode("a", "b", "c"),
          lambda: s.encode(x=1), lambda: "é".encode("ascii", "surrogateescape")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
