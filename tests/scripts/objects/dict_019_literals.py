# dict displays with unpacking, constant keys, many items
import sys
a = {'x': 1}
b = {'y': 2, 'x': 3}
print({**a, **b}, {**b, **a}, {**a, 'z': 0, **b})
print({**{}}, {**{1: 2}, 1: 3})
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7, 'h': 8}
print(d, sys.getsizeof(d))
n = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7}
print(n, sys.getsizeof(n))
m = {'a': 1, 2: 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}
print(m, sys.getsizeof(m))
big = {'k0': 0, 'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4, 'k5': 5, 'k6': 6, 'k7': 7, 'k8': 8,
       'k9': 9, 'k10': 10, 'k11': 11, 'k12': 12, 'k13': 13, 'k14': 14, 'k15': 15,
       'k16': 16, 'k17': 17, 'k18': 18, 'k19': 19}
print(len(big), sys.getsizeof(big), list(big)[-1])
x = 5
v = {x: x + 1, x + 1: x, 'x': x}
print(v, sys.getsizeof(v))
print(sys.getsizeof({'a': x, 'b': x, 'c': x, 'd': x, 'e': x, 'f': x}))
print(sys.getsizeof({**a, **b}), sys.getsizeof({**d}))
