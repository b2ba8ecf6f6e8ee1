a = [1, 2, 3]
class Evil:
    def __eq__(self, other):
        a.clear()
        return False
print(Evil() in a, a)
b = [1, 2, 3]
class Evil2:
    def __eq__(self, other):
        if len(b) < 6:
            b.append(4)
        return False
print(b.count(Evil2()), len(b))
c = [Evil2(), 5]
try:
    c.index(6)
except ValueError as e:
    print('ValueError', e)
d = [3, 1, 2]
class Key:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        d.append(0)
        return self.v < o.v
try:
    d.sort(key=Key)
except ValueError as e:
    print('ValueError', e)
print(sorted(d))
e = [1, 2, 3]
class R:
    def __repr__(self):
        e.clear()
        return 'R'
e.append(R())
print(len(repr(e)) > 0)
f = list(range(5))
out = []
for x in f:
    out.append(x)
    if len(f) < 8:
        f.append(x)
print(out, f)
