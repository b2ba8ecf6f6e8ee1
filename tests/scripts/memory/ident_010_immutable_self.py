# Copying an immutable object returns the object itself where CPython does.
t = (1, 2, 3)
print(t[:] is t, tuple(t) is t, t[0:3] is t, t[0:2] is t, t[::1] is t, t * 1 is t)
fs = frozenset({1, 2})
print(frozenset(fs) is fs, fs.copy() is fs)
s = "abc"
print(str(s) is s, s[:] is s, s[0:3] is s, s * 1 is s, s.strip() is s, format(s) is s)
b = b"abc"
print(bytes(b) is b, b[:] is b)
n = 10 ** 20
print(int(n) is n, +n is n, abs(n) is n)
x = 1.5
print(float(x) is x)
l = [1, 2]
print(list(l) is l, l[:] is l, l.copy() is l)
ft = tuple([1, 2])
print(tuple(ft) is ft)
