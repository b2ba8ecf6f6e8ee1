a = [5, 3, 8, 1, 9, 2, 7]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a'), (2, 'q')]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, -1, 2, 0.25, True]))
big = [(i * 7919) % 1000 for i in range(500)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
stable = sorted([(i % 5, i) for i in range(100)], key=lambda p: p[0])
print(stable[:8], stable[-3:])
rs = sorted([(i % 3, i) for i in range(30)], key=lambda p: p[0], reverse=True)
print(rs[:5])
print(sorted("mnemo"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted(range(5, 0, -1)))
print(sorted([2 ** 70, -2 ** 65, 5, 0]))
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'K(%d)' % self.v
print(sorted([K(3), K(1), K(2)]))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError', e)
lst = [3, 2, 1]
def bad(x):
    lst.append(x)
    return x
try:
    lst.sort(key=bad)
except ValueError as e:
    print('ValueError', e)
print(lst)
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
x = [3, 1, 2]
print(x.sort(), x, x.sort(key=None, reverse=False), x)
try:
    sorted([1], reverse=None)
except TypeError as e:
    print('TypeError', e)
try:
    sorted()
except TypeError as e:
    print('TypeError', e)
try:
    sorted([], [])
except TypeError as e:
    print('TypeError', e)
try:
    sorted([], key=1, reverse=2, x=3)
except TypeError as e:
    print('TypeError', e)
