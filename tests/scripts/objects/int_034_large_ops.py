f = 1
for i in range(1, 301):
    f *= i
print(f)
print(f.bit_length(), len(str(f)), str(f).count("0"))
print(f // (2**296), f % (10**50 + 151))
fib = [0, 1]
for i in range(500):
    fib.append(fib[-1] + fib[-2])
print(fib[-1])
print(fib[-1] * fib[-2] - fib[-3] * fib[-1] == fib[-1] * fib[-4])
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
r = isqrt(2 * 10**200)
print(r)
print(r * r <= 2 * 10**200 < (r + 1) ** 2)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(2**300 * 3**10, 6**150), gcd(f, 2**64 - 59))
