# case mapping and predicates (ASCII only)
for b in [b"Hello World", b"ABC", b"abc", b"a1", b"123", b"", b" \t", b"\xe9A", b"Title Case", b"mIxEd 9"]:
    print(repr(b), b.upper(), b.lower(), b.swapcase(), b.capitalize(), b.title())
    print("  ", b.isalpha(), b.isdigit(), b.isalnum(), b.isspace(), b.islower(), b.isupper(),
          b.istitle(), b.isascii())
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-5".zfill(4), b"7".zfill(3))
print(b"a\tb".expandtabs(), b"a\tb".expandtabs(2))
print(b"x".join([b"a", b"b", b"c"]), b"".join([]), b", ".join((b"1", b"2")), b"-".join([b"solo"]))
print(b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"a", b"", 2), b"abc".replace(b"", b"-"), b"x".replace(b"y", b"z"))
for f in (lambda: b"a".center(3, "x"), lambda: b"a".join(["a"]), lambda: b"a".join(1),
          lambda: b"a".replace("a", b""), lambda: b"a".upper(1)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
