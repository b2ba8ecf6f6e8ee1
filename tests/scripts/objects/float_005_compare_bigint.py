# exact comparisons between floats and ints of any size
big = 2 ** 53
print(float(big) == big, float(big) == big + 1, float(big) < big + 1, float(big + 1) == big + 1)
print(1e16 == 10 ** 16, 1e23 == 10 ** 23, 1e23 < 10 ** 23, 1e23 > 10 ** 23 - 10 ** 7)
huge = 10 ** 400
print(1e308 < huge, -1e308 > -huge, float('inf') > huge, float('-inf') < -huge)
print(float('nan') == huge, float('nan') != huge, float('nan') < 1, float('nan') >= 1)
print(0.5 < 1, 0.5 > 0, -0.5 < 0, 0.0 == 0, -0.0 == 0, 0.0 == False, 1.0 == True)
print(2 ** 64 == 18446744073709551616.0, 2 ** 64 + 1 == 18446744073709551616.0)
print(2 ** 64 + 1 > 18446744073709551616.0, 18446744073709551616.5 < 2 ** 64 + 1)
print(1.5 > 1, 1.5 < 2, 2.5 <= 2, 3 >= 2.9999999, 10 ** 17 + 1 > 1e17, 10 ** 17 - 1 < 1e17)
print(-(2 ** 70) < -1.1805916207174113e21, -(2 ** 70) == -1.1805916207174113e21)
print(sorted([3, 1.5, 2 ** 60, 2.0 ** 60 + 1, -1e20, -10 ** 20 + 1, 0, -0.0]))
print(max(1, 1.0), max(1.0, 1), min(2 ** 100, 1e30), 1.0 in [1], 1 in [1.0])
x = 12345678901234567890
print(float(x), x == float(x), int(float(x)), x < float(x))
print(float('inf') == float('inf'), float('nan') is float('nan'), [float('nan')] == [float('nan')])
n = float('nan')
print(n == n, [n] == [n], n in [n], (n,) == (n,))
