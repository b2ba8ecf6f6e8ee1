# larger sets: growth beyond the small table, many deletions
s = set()
for i in range(5000):
    s.add(i * 37 % 5003)
print(len(s), sum(s), min(s), max(s))
for i in range(0, 5003, 3):
    s.discard(i)
print(len(s), sorted(s)[:10])
t = set(str(i) for i in range(3000))
print(len(t), '2999' in t, '3000' in t)
u = s & set(range(100))
print(u)
v = set(range(60000))
w = set(range(30000, 90000))
print(len(v | w), len(v & w), len(v - w), len(v ^ w))
print(list(set(range(10, 20)))[:5])
x = set(range(50))
for i in range(49):
    x.pop()
print(x)
