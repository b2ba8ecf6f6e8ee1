# str.format basics
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="N"))
print("{0}{0}{0}".format("ab"), "{{}} {{{0}}}".format(5), "{}".format(None), "no fields".format(1, 2))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^9}".format("mid"), "{:.2}".format("abcdef"))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{:x}|{:#o}|{:,}".format(42, 42, 42, 42, 255, 8, 1234567))
print("{:.3f} {:e} {:g} {:%}".format(3.14159, 12345.678, 0.0001, 0.25))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"))
print("{:}".format(12), "{0:}".format("s"), "{:10}".format("pad") + "|", "{:10}".format(7) + "|")
print("é{}€{}😀".format("α", "β"), "{:€^7}".format("x"), "{0:😀<4}".format(1))
print("{a}-{b}".format(**{"a": 1, "b": 2}), "{}-{}".format(*[3, 4]))
class P:
    def __format__(self, spec):
        return "P(" + spec + ")"
print("{}".format(P()), "{:abc}".format(P()), "{0:}".format(P()), format(P(), "z"))
print(format("x", "^5"), format(3), format("plain"), "a".__format__(">3"))
