# repr of bytes: quotes and escapes
for b in [b"", b"plain", b"it's", b'say "hi"', b"both ' \"", b"\t\n\r", b"\\", b"\x00\x01\x7f",
          b"\x80\xff", bytes(range(0, 256, 17)), b"'", b'"']:
    print(repr(b), str(b), len(repr(b)))
print([b"a", b"'"], (b"x",), {b"k": b"v"})
print("%r" % b"q", "{!r}".format(b"\xff"), ascii(b"x"), "{}".format(b"z"))
