# printf-style formatting of bytes (PEP 461)
print(b"%s|%b" % (b"x", b"y"), b"%d|%5d|%-5x|%05.1f|%c|%c" % (3, 4, 255, 2.5, 65, b"z"))
print(b"%r %a" % ("\xe9", b"x"), b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7}, b"%%" % (), b"100%%" % ())
print(b"%.2s|%5s|%-4b|" % (b"abc", b"x", b"y"), b"%*d|%-*d|" % (5, 1, 3, 2), b"%.3d" % 5)
print(b"%i %u %o %X %e %g %E %G %F" % (1, 2, 8, 255, 1.5, 2.5, 3.5, 4.5, 5.5))
print(b"%+d %#x %#o % d" % (5, 255, 8, 3), b"%s" % b"single", b"%c%c" % (0, 255))
class B:
    def __bytes__(self):
        return b"dunder"
print(b"[%s]" % B(), b"%s" % (B(),))
for f in (lambda: b"%s" % "x", lambda: b"%b" % 1, lambda: b"%s %s" % (b"a",), lambda: b"%s" % (b"a", b"b"),
          lambda: b"%(k)s" % {"k": b"v"}, lambda: b"%z" % 1, lambda: b"%" % 1, lambda: b"%c" % 300,
          lambda: b"%c" % b"ab", lambda: b"%(k)s" % 1, lambda: b"%d" % "x", lambda: b"%s" % 5,
          lambda: b"%x" % 3.5, lambda: b"%c" % "a", lambda: b"x" % 5, lambda: b"%*d" % ("a", 1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
