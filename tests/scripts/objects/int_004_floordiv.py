pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 7), (-1, 7), (6, 3), (-6, 3),
         (2**64, 3), (-2**64, 3), (2**64, -3), (2**100, 2**50 + 1), (-(2**100), 2**50 + 1),
         (10**40, -(10**20 + 3)), (-(10**40), -(10**20 + 3)), (2**30, 2**30), (5, 2**80),
         (-5, 2**80), (5, -2**80), (-5, -2**80)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
for a, b in [(1, 0), (0, 0), (2**100, 0), (-3, 0)]:
    for f in (lambda: a // b, lambda: a % b, lambda: divmod(a, b)):
        try:
            f()
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
x = 17
x //= -5
print(x)
x = -17
x %= 5
print(x)
