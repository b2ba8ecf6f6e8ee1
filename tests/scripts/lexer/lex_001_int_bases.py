print(1_000, 0x_ff, 0o17, 0b1010, 0XFF, 0O777, 0B1)
print(00, 0, 0_0, 1_2_3)
print(0xdead_beef, 0o1_7, 0b1_0_1)
print(123456789012345678901234567890)
print(0xffffffffffffffffffffffffffff)
print(-0x10, +0o10, ~0b11)
x = 0x10 + 0o10 + 0b10 + 10
print(x, hex(x), oct(x), bin(x))
print(0 if 0 else 1)
