# iteration order after deletes, re-adds, growth (must match CPython exactly)
s = set()
for w in 'the quick brown fox jumps over the lazy dog'.split():
    s.add(w)
print(s)
s.discard('fox')
s.add('cat')
print(s)
s = set(range(0, 100, 7))
print(s)
s = {i * 1000003 for i in range(20)}
print(s)
s = set()
for i in range(30):
    s.add(i * 8)
print(s)
for i in range(0, 30, 2):
    s.discard(i * 8)
print(s)
for i in range(5):
    s.add(i * 64 + 1)
print(s)
print({-1, -2, -3, 0, 1}, {2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 1})
print({0.5, 1.5, 2.5, 1e100, -1e100}, {'x', 'xx', 'xxx', 'xxxx'})
print(set('Mississippi'), set(['ab', 'ba', 'aa', 'bb']))
print({(1, 2), (2, 1), (1, 1), (2, 2)}, {False, '', b''})
