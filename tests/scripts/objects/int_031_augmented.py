x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 7; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x &= 0xff; print(x)
x |= 0x100; print(x)
x ^= 0x1ff; print(x)
x /= 2; print(x)
y = 2**100
y += 1; y *= y; y -= 2**200; print(y)
y //= 3; y %= 10**9; print(y)
lst = [1, 2**70]
lst[1] += 1
print(lst)
