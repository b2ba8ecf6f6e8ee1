matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print({(i, j): i * j for i in range(2) for j in range(2)})
print([(x, y) for x in range(3) if x for y in 'ab' if y != 'a'])
print(sorted({c.lower() for word in ['Ab', 'bC'] for c in word}))
flat = [n for sub in [[1], [2, 3], []] for n in sub]
print(flat)
print([[j * i for j in range(i)] for i in range(4)])
gen = ((i, [j for j in range(i)]) for i in range(3))
print(list(gen))
print([f(3) for f in [lambda v: v + 1, lambda v: v * 2]])
