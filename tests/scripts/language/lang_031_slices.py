s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::3], s[1::2], s[::-2], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], 'abcdef'[1:-1], (1, 2, 3)[::-1])
i, j = 2, 6
print(s[i:j], s[i:], s[:j], s[i:j:2])
s[2:4] = []
print(s)
s[:0] = ['start']
print(s)
del s[-2:]
print(s)
s[1:3] = 'xy'
print(s)
try:
    s[::2] = [1]
except ValueError as e:
    print(e)
try:
    s[::0]
except ValueError as e:
    print(e)
class Sl:
    def __getitem__(self, k):
        return k
o = Sl()
print(o[1:2], o[::3], o[1:2, 3], o[...], o[:, 1])
b = b'hello'
print(b[1:3], b[0], b[-1:])
