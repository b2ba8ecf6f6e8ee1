# sys.getsizeof of dicts as they grow, shrink and get built in different ways
import sys
d = {}
sizes = []
for i in range(50):
    sizes.append(sys.getsizeof(d))
    d[i] = i
print(sizes)
d = {}
sizes = []
for i in range(50):
    sizes.append(sys.getsizeof(d))
    d['k%d' % i] = i
print(sizes)
for i in range(40):
    del d['k%d' % i]
print(sys.getsizeof(d), len(d))
d.clear()
print(sys.getsizeof(d))
print([sys.getsizeof(dict(zip(range(n), range(n)))) for n in range(0, 30, 3)])
print([sys.getsizeof({i: i for i in range(n)}) for n in range(0, 30, 3)])
print([sys.getsizeof(dict.fromkeys(range(n))) for n in range(0, 30, 3)])
print([sys.getsizeof(dict.fromkeys(set(range(n)))) for n in range(0, 30, 3)])
print([sys.getsizeof(dict.fromkeys(dict.fromkeys(range(n)))) for n in range(0, 30, 3)])
print([sys.getsizeof(dict(dict.fromkeys(range(n)))) for n in range(0, 30, 3)])
print([sys.getsizeof(dict.fromkeys(range(n)).copy()) for n in range(0, 30, 3)])
print([sys.getsizeof({str(i): i for i in range(n)}.copy()) for n in range(0, 30, 3)])
print(sys.getsizeof({'a': 1, 'b': 2}), sys.getsizeof({1: 1, 2: 2}), sys.getsizeof({'a': 1, 2: 2}))
print(sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}))
print(sys.getsizeof({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11}))
print(sys.getsizeof(dict(a=1, b=2, c=3, d=4, e=5, f=6, g=7)))
d = {'a': 1}
d[1] = 2
print(sys.getsizeof(d))
d = {i: i for i in range(10)}
for i in range(10):
    d.popitem()
print(sys.getsizeof(d), d)
d[1] = 1
print(sys.getsizeof(d))
print({}.__sizeof__(), {1: 1}.__sizeof__(), {'a': 1}.__sizeof__())
d = dict.fromkeys(range(100))
for i in range(90):
    del d[i]
print(sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
