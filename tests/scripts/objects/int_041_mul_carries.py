# all-ones digits maximise carries; sizes straddle the Karatsuba cutoffs (70 and 140 digits)
B = 2**30
M = 2**61 - 1
for n in (1, 2, 3, 69, 70, 71, 139, 140, 141, 150, 300, 301):
    x = B**n - 1
    sq = x * x
    print(n, sq == B**(2 * n) - 2 * B**n + 1, sq % M, hash(sq))
for n, m in ((70, 71), (71, 200), (141, 700), (150, 151), (10, 500), (300, 290)):
    x = B**n - 1
    y = B**m - 3
    p = x * y
    print(n, m, p == B**(n + m) - 3 * B**n - B**m + 3, p % M, hash(-p))
a = 7**3000
b = 11**2500
print(hash(a * b), hash(b * a), (a * b) // a == b, (a * b) % b)
c = (a + 1) * (a - 1)
print(c == a * a - 1)
