# One-character strings: chr(), indexing and slicing share the cached Latin-1 singletons.
# A CPython 3.11 quirk shows when a one-letter string is also an identifier: some letters
# (those used as names by its frozen startup modules) were interned at startup as separate
# objects, so the constant 'x' is not chr(120) while the constant 'g' is chr(103).
import sys
letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"
cached = [c for c in letters if c is chr(ord(c))]       # c comes from indexing: the cache
print(len(cached) == len(letters))
x = "x"
g = "g"
print(x is chr(120), g is chr(103), x is "xyz"[0:1], "xyz"[0] is chr(120))
print(sys.intern(chr(120)) is x, sys.intern(chr(103)) is chr(103))
ns = {}
exec("\n".join("v%d = %r" % (i, c) for i, c in enumerate(letters)), ns)
print("".join(c for i, c in enumerate(letters) if ns["v%d" % i] is not chr(ord(c))))
