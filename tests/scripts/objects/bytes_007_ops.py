# operators on bytes
a = b"ab"
print(a + b"cd", a * 3, 3 * a, a * 0, a * -1, b"" + b"", a + b"")
print(a == b"ab", a != b"ab", a < b"ac", a <= b"a", a > b"a", a >= b"ab", b"\xff" > b"\x00\x00")
print(a == "ab", a != "ab", a == 1, hash(a) == hash(b"a" + b"b"))
for f in (lambda: a + "c", lambda: a + 1, lambda: "c" + a, lambda: a * 1.5, lambda: a < "ab",
          lambda: a - a, lambda: a + [1]):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
x = b"x"
x += b"y"
x *= 2
print(x)
print(sorted([b"b", b"a", b"ab", b""]), max(b"a", b"b"), {b"k": 1}[b"k"])
