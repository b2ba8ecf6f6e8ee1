# CPython 3.11 allocates some singletons statically with a count near 10**9: small ints,
# the empty tuple, str and bytes, and one-character strings and bytes. Their exact counts
# depend on the whole interpreter, so only their size is shown.
import sys
for x in [0, 1, 42, 256, -5, (), "", b"", "Q", chr(200), b"z"]:
    print(repr(x), sys.getrefcount(x) > 10**9)
for x in [257, -6, 2**100, (1,), "ab", b"ab", 1.0]:
    print(repr(x), sys.getrefcount(x) < 100)
n = 255
print(sys.getrefcount(n + 1) > 10**9, sys.getrefcount(n + 2) < 100)
