# center, ljust, rjust, zfill
for w in range(0, 9):
    print(repr("ab".center(w)), repr("abc".center(w, "*")), repr("a".ljust(w, "-")), repr("a".rjust(w, "é")))
print(repr("abc".center(6)), repr("abc".center(7)), repr("ab".center(5)), repr("ab".center(7, "€")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "".zfill(3), "abc".zfill(2), "-".zfill(3), "é".zfill(4))
print(repr("x".ljust(-3)), repr("x".center(3, "😀")))
s = "keep"
print(s.center(2) is s, s.ljust(4) is s, s.rjust(0) is s, s.zfill(1) is s)
for f in (lambda: "a".center(), lambda: "a".center(5, "ab"), lambda: "a".center(5, 1),
          lambda: "a".ljust("5"), lambda: "a".rjust(5, ""), lambda: "a".zfill(), lambda: "a".zfill(1.5),
          lambda: "a".center(1, "x", 2), lambda: "a".ljust(width=3)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
