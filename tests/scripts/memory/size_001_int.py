# sys.getsizeof of ints: 28 bytes up to one 30-bit digit, then 4 more per digit.
import sys
for v in (0, 1, -1, 255, 256, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**90, 2**100, -2**100, 10**50):
    print(v.bit_length(), sys.getsizeof(v))
n = 1
for i in range(8):
    n = n * 1000003
    print(i, sys.getsizeof(n), sys.getsizeof(-n), n.__sizeof__())
print(sys.getsizeof(int("0")), sys.getsizeof(int("12345678901234567890")))
print(sys.getsizeof(7 - 7), sys.getsizeof(2**64 - 2**64))
