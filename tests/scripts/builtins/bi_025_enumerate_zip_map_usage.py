names = ['ann', 'bob', 'cy']
ages = [30, 25, 41]
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a)
print(dict(zip(names, ages)))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(sorted(zip(ages, names)))
print(max(zip(ages, names)), min(zip(ages, names))[1])
print(list(filter(lambda p: p[1] > 26, zip(names, ages))))
print(sum(a for _, a in zip(names, ages)))
print(list(zip(*zip(names, ages))))
print([x for x in map(str.upper, filter(lambda s: 'b' in s, names))])
print(list(enumerate(reversed(names))))
m = map(int, ['1', 'x', '3'])
print(next(m))
try:
    next(m)
except ValueError as e:
    print('ValueError', e)
print(next(m))
