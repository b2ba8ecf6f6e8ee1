# sys.getsizeof of sets as they grow
import sys
s = set()
sizes = []
for i in range(60):
    sizes.append(sys.getsizeof(s))
    s.add(i)
print(sizes)
print([sys.getsizeof(set(range(n))) for n in range(0, 40, 4)])
print([sys.getsizeof(frozenset(range(n))) for n in range(0, 40, 4)])
print([sys.getsizeof(set(dict.fromkeys(range(n)))) for n in range(0, 40, 4)])
print([sys.getsizeof(set(set(range(n)))) for n in range(0, 40, 4)])
print([sys.getsizeof(set(list(range(n)))) for n in range(0, 40, 4)])
s = set(range(100))
for i in range(95):
    s.discard(i)
print(sys.getsizeof(s), len(s))
s.clear()
print(sys.getsizeof(s))
print(set().__sizeof__(), set(range(10)).__sizeof__())
s = set(range(50))
s -= set(range(45))
print(sys.getsizeof(s), s)
print(sys.getsizeof({1, 2, 3}), sys.getsizeof({'a', 'b', 'c', 'd', 'e'}))
