# expandtabs
for s in ["a\tb", "\t", "ab\tcd\tef", "abcdefgh\tx", "a\nb\tc", "a\r\tb", "é\t€\t😀", "no tabs"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)))
print(repr("a\tb".expandtabs(tabsize=3)))
for f in (lambda: "a".expandtabs("x"), lambda: "a".expandtabs(1, 2), lambda: "a".expandtabs(size=2)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
