# bytes basics: len, indexing gives ints, slicing, iteration, truth
b = b"hello"
print(len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], b[-3:], bool(b), bool(b""))
print(list(b), list(b""), tuple(b"ab"), [x for x in b"\x00\xff"], type(iter(b)).__name__)
print(b[True], b[1:4:2], b[4:1:-1], b[-1:-6:-2])
for f in (lambda: b[5], lambda: b[-6], lambda: b["x"], lambda: b[1.0], lambda: b[::0]):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
it = iter(b"xyz")
print(next(it), it.__length_hint__(), list(it), next(it, None))
print(type(b).__name__, isinstance(b, bytes), b"" == bytes(), b"a" b"b" b"c")
x = b"abc"
print(x[:] is x, x[0:3] is x, len(x * 3))
