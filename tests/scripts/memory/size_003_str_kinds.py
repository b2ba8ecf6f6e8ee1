# str in its compact kinds: ASCII 49+n, Latin-1 73+n, UCS-2 74+2n, UCS-4 76+4n.
import sys
for s in ("", "a", "ab", "hello", "a" * 100):
    print("ascii", len(s), sys.getsizeof(s))
for s in ("\xe9", "caf\xe9", "\xff" * 10):
    print("latin1", len(s), sys.getsizeof(s))
for s in ("\u20ac", "\u20ac100", "\u0416" * 10):
    print("ucs2", len(s), sys.getsizeof(s))
for s in ("\U0001F600", "a\U0001F600", "\U0001F600" * 10):
    print("ucs4", len(s), sys.getsizeof(s))
# run-time built strings have the same sizes
parts = ["x"] * 20
print(sys.getsizeof("".join(parts)), sys.getsizeof(chr(233) * 3), sys.getsizeof(chr(8364) + "a"))
print(sys.getsizeof(str(12345)), sys.getsizeof(repr(1.5)), sys.getsizeof("abc".upper()))
print("abc".__sizeof__(), "\xe9".__sizeof__())
