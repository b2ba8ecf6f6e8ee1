a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
l = [10, 20, 30]
i, l[i] = 1, 'changed'
print(i, l)
d = {}
k = d['a'] = 'v'
print(k, d)
class O: pass
o = O()
o.a = o.b = 5
print(o.a, o.b)
(p, q), r = s = ((1, 2), 3)
print(p, q, r, s)
first, *_ = 'xyz'
print(first, _)
