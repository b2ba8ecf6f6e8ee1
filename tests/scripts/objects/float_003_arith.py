# arithmetic with Python semantics, mixed int/float
a, b = 7.5, -2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +a, abs(b))
print(7 / 2, 7.0 // 2, -7.0 // 2, 7.0 % -3, -7.0 % 3, -7.5 % -2, 0.0 % 5, -0.0 % 5)
print(divmod(-7.0, 2), divmod(7.0, -2), divmod(1e300, 1e-300), divmod(-0.0, 1.0))
print(3 + 0.5, 0.5 + 3, 10 - 0.25, 2 * 1.5, 1 / 4.0, 2 ** -1, 2.0 ** 10, 10 ** 0.5)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
print((-2.0) ** 3, (-2.0) ** 2, 0.0 ** 0, 2.0 ** 0.0, float('nan') ** 0, 1.0 ** float('nan'))
print(float('inf') ** -1, (-float('inf')) ** 3, 0.5 ** float('inf'), 2 ** float('-inf'))
print(3.0 // 0.1, 3.0 % 0.1, 1.0 // 0.1, 1.0 % 0.1, -1.0 // 0.1)
print(1e16 + 1.0, 2 ** 53 + 1.0, (2 ** 53 + 1) * 1.0, 10 ** 20 / 3, 10 ** 20 // 3.0)
x = 1.5
x += 1
x *= 3
x -= 0.5
x /= 2
x //= 1
x **= 2
x %= 7
print(x)
print(True + 0.5, False * 2.5, 1.5 * True)
print(round(0.1 + 0.2, 10), (0.1 + 0.2) == 0.3, abs(-0.0), -(0.0))
