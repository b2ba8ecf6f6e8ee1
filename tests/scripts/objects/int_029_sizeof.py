import sys
for v in (0, 1, -1, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**90, -(2**90), 10**100, 2**1000):
    print(v.bit_length(), sys.getsizeof(v), v.__sizeof__())
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(int()))
