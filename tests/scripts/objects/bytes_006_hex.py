# hex and fromhex
b = bytes(range(0, 256, 51))
print(b.hex(), b"".hex(), b"\x00\xff".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), b"abcdef".hex(":", -2))
print(bytes.fromhex("00ff10"), bytes.fromhex(" 0a 0B  ff "), bytes.fromhex(""), bytes.fromhex("DEADbeef"))
print(bytes.fromhex(b"abc".hex()) == b"abc")
for f in (lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: bytes.fromhex("0 a"),
          lambda: bytes.fromhex(1), lambda: b"a".hex("ab"), lambda: b"a".hex(1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
