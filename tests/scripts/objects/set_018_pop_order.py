# pop order follows the table and a moving finger; interleaved adds and discards
s = set(range(12))
print([s.pop() for _ in range(4)], s)
s.add(0)
s.add(1)
print(s.pop(), s.pop(), s)
s = {'a', 'b', 'c', 'd'}
out = []
while s:
    out.append(s.pop())
print(out)
s = set()
for i in range(40):
    s.add(i * 3)
    if i % 4 == 0:
        s.discard(i)
print(s, len(s))
while len(s) > 30:
    s.pop()
print(s)
s.update(range(100, 110))
print(s)
f = frozenset(s)
print(len(f), f == s, sorted(f)[:5])
t = set(range(8))
for i in range(8):
    t.pop()
    t.add(100 + i)
print(t)
