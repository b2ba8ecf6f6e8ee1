vals = [0, 1, -1, 6, -6, 255, -256, 2**30 - 1, -(2**30), 2**31 + 5, -(2**31 + 5), 2**64 - 1,
        -(2**64), 2**100 + 2**50 + 7, -(2**100 + 2**50 + 7)]
for a in vals:
    print(a, [a & b for b in vals])
    print(a, [a | b for b in vals])
    print(a, [a ^ b for b in vals])
    print(a, ~a, ~~a == a)
x = 0b1100
x &= 0b1010
print(x)
x |= 0b0001
print(x)
x ^= -1
print(x)
print(~0, ~(2**100), ~(-(2**100)))
