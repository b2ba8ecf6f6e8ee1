# printf-style formatting of str
print("%s-%s" % ("a", "b"), "%d%%" % 50, "%r" % "x", "%5s|%-5s|" % ("r", "l"), "%.2s" % "abc")
print("%(a)s %(b)d" % {"a": "A", "b": 2}, "%s" % (1,), "%s" % [1, 2], "%s" % "é€")
print("%c%c" % (65, "é"), "%x %X %o" % (255, 255, 8), "%05.1f" % 3.14159, "%e" % 1000.0)
print("%i %u" % (-3, 7), "%+d % d" % (5, 5), "%*d|%-*d|" % (4, 1, 4, 2), "%.3d" % 7)
for f in (lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%d" % "x",
          lambda: "%(k)s" % {}, lambda: "%z" % 1, lambda: "%" % 1, lambda: "%c" % "ab"):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
