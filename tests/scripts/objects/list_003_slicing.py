a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[::-3], a[8:2:-2])
print(a[100:], a[-100:2], a[5:1], a[2:2], a[::100], a[None:None:None])
print(a[slice(1, 4)], a[slice(None, None, -4)])
b = a[:]
b[2:5] = ['x']
print(b)
b[1:1] = 'abc'
print(b)
b[:] = (7, 8)
print(b)
b[5:] = [9]
print(b)
b[-1:] = []
print(b)
c = list(range(10))
c[::2] = 'abcde'
print(c)
c[::-3] = [0, 0, 0, 0]
print(c)
del c[::2]
print(c)
d = list(range(10))
del d[1:8:3]
print(d)
del d[::-2]
print(d)
del d[:]
print(d)
e = list(range(6))
e[1:3] = e
print(e)
f = [1, 2, 3]
f[3:] = f
print(f)
g = [1, 2, 3, 4, 5]
del g[10:]
del g[-10:1]
print(g)
g[4:2] = ['z']
print(g)
h = list(range(8))
h[7:1:-2] = 'ABC'
print(h)
print(h[-1:-9:-1], h[10:-10:-1])
