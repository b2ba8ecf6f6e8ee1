a = [1]
b = a
a += [2]
a += (3,)
a += range(4, 6)
a += {6: 0}
a += 'xy'
print(a, a is b)
a *= 2
print(len(a), a is b)
a *= -5
print(a, a is b)
c = [1, 2]
c.extend(c)
c += c
print(c)
try:
    c += 5
except TypeError as e:
    print('TypeError', e)
try:
    c *= 'a'
except TypeError as e:
    print('TypeError', e)
try:
    c *= 1.5
except TypeError as e:
    print('TypeError', e)
d = [0] * 5
d[2] = 9
print(d, [None] * 3, [[0] * 2 for _ in range(2)])
class N:
    def __index__(self):
        return 3
print([7] * N(), N() * [8], (1,) * N())
class RMul:
    def __rmul__(self, other):
        return 'rmul called'
    def __radd__(self, other):
        return 'radd called'
print([1] * RMul(), [1] + RMul(), (1,) + RMul(), (1,) * RMul())
