print(1 + 1.5, 2 * 0.5, 3 - 0.25, 7 // 2.0, 7 % 2.5, 2 ** 0.5, 2.0 ** 3, 1.5 + True)
print(10**20 + 0.0, 2**53 + 1.0, -(10**16) * 1.0, 10 / 4.0, 10.0 / 4)
print(1 == 1.0, 2**60 == float(2**60), 2**60 + 1 == float(2**60 + 1), 0.1 + 0 == 0.1)
print(3 < 3.5, 2**1000 > 1e300, -(2**1100) < -1e308, 2**1100 > float("inf"))
print(5 > float("nan"), 5 == float("nan"), 5 != float("nan"))
try:
    10**400 + 1.0
except OverflowError as e:
    print(e)
try:
    1.0 * 10**400
except OverflowError as e:
    print(e)
print(divmod(7, 2.0), divmod(-7, 2.0), int(7.9), int(-7.9))
print(hash(1.0) == hash(1), hash(2.0**100) == hash(2**100), hash(0.5))
