# Folding string repetition stops at 4096 characters (CPython's limit).
a = "a" * 4096
b = "a" * 4096
print(len(a), a is b)
c = "a" * 4097
d = "a" * 4097
print(len(c), c is d, c == d)
e = "ab" * 2048
f = "ab" * 2048
print(e is f)
g = "ab" * 2049
h = "ab" * 2049
print(g is h)
t1 = (1,) * 5
t2 = (1,) * 5
print(t1 is t2)
