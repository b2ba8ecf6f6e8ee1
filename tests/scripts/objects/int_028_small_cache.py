a = 256
b = int("256")
print(a is b)
c = 257
d = int("257")
print(c is d, c == d)
e = -5
f = int("-5")
print(e is f)
g = -6
h = int("-6")
print(g is h, g == h)
x = 2**100
print((x - x) is 0, (x // x) is 1, (x % 7) is (2**100 % 7), (x >> 100) is 1)
print((7 * 0) is 0, (3 - 3) is 0, int(1.0) is 1, int(b"12") is 12)
print([i is int(str(i)) for i in (-6, -5, 0, 255, 256, 257)])
