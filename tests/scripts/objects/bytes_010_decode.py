# decode with encodings and handlers
b = "héllo €uro 😀".encode()
print(b, b.decode(), b.decode("utf-8"), b.decode(encoding="utf8"), len(b))
print(b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"), b"caf\xe9".decode("utf-8", "replace"))
print(b"caf\xe9".decode("ascii", "ignore"), b"caf\xe9".decode("ascii", "backslashreplace"))
print(str(b"x\xffy", "utf-8", "replace"), ascii(b"\xff".decode("utf-8", "surrogateescape")))
for f in (lambda: b"\xff".decode(), lambda: b"caf\xe9".decode("ascii"), lambda: b"a".decode("zz"),
          lambda: b"a".decode(1), lambda: b"a".decode("utf-8", "strict", 1), lambda: b"\xe9".decode("utf-8", "x")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
