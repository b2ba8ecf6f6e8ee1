vals = [0, 1, -1, 2**30, -(2**30), 2**30 - 1, 2**60, -(2**60), 2**100, -(2**100), 2**100 + 1]
for a in vals:
    print(a, [(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in vals[:5]])
print(sorted(vals))
print(max(vals), min(vals))
print(1 == 1.0, 2**53 + 1 == 2.0**53, 1 < 1.5, 10**400 > 1e308, -(10**400) < -1e308)
print(1 == "1", 1 != None, 5 == True, 0 == False)
print(1 < 2 < 3, 3 > 2 > 2)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    None >= 3
except TypeError as e:
    print(e)
print((10**20 == 10**20), (10**20 is 10**20) in (True, False))
