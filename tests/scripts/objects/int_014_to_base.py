vals = [0, 1, -1, 7, 8, 255, -255, 2**30 - 1, 2**30, 2**64, -(2**64 - 1), 3**50, -(7**30)]
for v in vals:
    print(v, bin(v), oct(v), hex(v))
print(hex(2**1000)[:20], len(hex(2**1000)), len(bin(3**500)))
print(f"{255:b} {255:o} {255:x} {255:X} {255:#x}")
print(format(-5, "b"), format(2**70, "x"))
try:
    hex(1.5)
except TypeError as e:
    print(e)
try:
    bin("5")
except TypeError as e:
    print(e)
class I:
    def __index__(self):
        return 42
print(hex(I()), bin(I()), oct(I()))
