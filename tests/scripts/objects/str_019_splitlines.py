# splitlines with every line boundary
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029end"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True))
for t in ["", "\n", "a\n", "a\n\nb", "\r\n\r\n", "\n\r", "no newline", "a\r", "\r"]:
    print(repr(t), t.splitlines(), t.splitlines(True))
print("x\ny".splitlines(0), "x\ny".splitlines(1))
for f in (lambda: "a".splitlines(1, 2), lambda: "a".splitlines(x=1), lambda: "a".splitlines(1.5)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
