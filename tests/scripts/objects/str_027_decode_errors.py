# UTF-8 decoding errors and handlers
cases = [b"\xff", b"abc\x80", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x82(", b"\xf0\x9f\x98",
         b"\xed\xa0\x80", b"\xc0\x80", b"\xf5\x80\x80\x80", b"\xf4\x90\x80\x80", b"\xe0\x80\x80",
         b"ok\xf0\x9f\x98\x80ok", b"a\xffb\xfec"]
for c in cases:
    try:
        print(repr(c.decode()))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.start, e.end, e.reason, e.encoding)
    print(" ", repr(c.decode("utf-8", "replace")), repr(c.decode("utf-8", "ignore")),
          repr(c.decode("utf-8", "backslashreplace")), ascii(c.decode("utf-8", "surrogateescape")))
print(b"\xe9t\xe9".decode("latin-1"), b"abc".decode("ascii"), b"caf\xc3\xa9".decode(encoding="utf-8"))
for f in (lambda: b"\xe9".decode("ascii"), lambda: b"a\xe9\xe9".decode("ascii"),
          lambda: b"a".decode("nope"), lambda: b"\xff".decode("utf-8", "bogus"),
          lambda: b"a".decode(1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(b"a\xe9b".decode("ascii", "replace"), ascii(b"a\xe9".decode("ascii", "surrogateescape")))
