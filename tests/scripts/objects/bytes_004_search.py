# find, rfind, index, rindex, count, startswith, endswith, in
b = b"abracadabra"
for sub in (b"a", b"bra", b"z", b"", 97, 122):
    print(repr(sub), b.find(sub), b.rfind(sub), b.count(sub), b.find(sub, 2), b.rfind(sub, 0, 5))
print(b.index(b"c"), b.rindex(b"a"), b.index(98), b.count(b"a", 1, -1), b.count(b"", 5))
print(b"bra" in b, 97 in b, 0 in b, b"" in b, b"xyz" in b)
print(b.startswith(b"abr"), b.endswith(b"bra"), b.startswith((b"x", b"ab")), b.endswith(b"a", 0, 4))
for f in (lambda: b.find("a"), lambda: b.find(300), lambda: b.index(b"z"), lambda: b.rindex(b"q"),
          lambda: "a" in b, lambda: 256 in b, lambda: b.startswith("a"), lambda: b.endswith((1,)),
          lambda: b.count(), lambda: b.find(b"a", "x")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
