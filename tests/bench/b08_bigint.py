# Big-int arithmetic: factorials, powers, digits of e by series, modular exponentiation.
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def e_digits(n):
    scale = 10 ** (n + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return total // 10 ** 10

f = factorial(1400)
e = e_digits(3000)
p = pow(3, 10 ** 5, 10 ** 40 + 7)
print(len(str(f)), str(e)[:20], p, (f >> 1000) % 1000003, (f * f) % 999983)
