# big multiplications go through Karatsuba; check against independent identities
a = 3**5000
b = 7**4000
c = a * b
print(c % 1000000007, c.bit_length(), hash(c))
print(c // a == b, c // b == a, c % a, c % b)
sq = a * a
print(sq == a**2, sq % 998244353, hash(sq))
x = (10**3000 + 7) * (10**3000 - 7)
print(x == 10**6000 - 49)
lop = (2**50000 + 1) * (3**40 + 5)
print(lop % 10**20, hash(lop))
y = (-(5**3333)) * (6**2222)
print(y < 0, hash(y), str(y)[:50], len(str(y)))
big = 10**100000
sq2 = big * big
print(sq2.bit_length(), hash(sq2), sq2 == 10**200000)
