# addition and subtraction across digit boundaries
vals = [0, 1, -1, 5, -5, 256, 257, -6, 2**30 - 1, 2**30, 2**30 + 1, -2**30, 2**60 - 1, 2**60,
        -2**60, 2**62, 2**63 - 1, 2**63, -2**63, 2**64, 2**90 + 12345, -(2**120) + 7]
for a in vals:
    print(a, [a + b for b in vals[:8]])
    print(a, [a - b for b in vals[8:]])
x = 0
for i in range(100):
    x += 2**i - i
print(x)
x = 10**50
for i in range(50):
    x -= 10**i
print(x)
print((2**100 - 2**100) is 0, (2**100 + 1 - 2**100) is 1)
print(-(2**31) + 2**31, 2**61 + (-(2**61)) + 3)
