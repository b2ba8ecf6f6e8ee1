total = 0
for i in range(1, 11):
    total += i
print(total)
print([i for i in range(10, 0, -3)], list(range(-5, 5, 4)))
evens = list(range(0, 20, 2))
print(evens[::3], len(evens), evens.index(10))
print(list(map(lambda i: i * i, range(5))))
r = range(100)
print(r[10:20][::2], r[-1], r[::-25], 50 in r, 100 in r, r.index(99))
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested)
print(list(zip(range(3), range(3, 6), range(6, 9))))
print(sum(range(0, 1000, 7)), max(range(-10, -1)))
