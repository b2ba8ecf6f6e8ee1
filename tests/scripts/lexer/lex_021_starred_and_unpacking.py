a, *b = [1, 2, 3]
print(a, b)
*c, d = "xyz"
print(c, d)
first, *middle, last = range(6)
print(first, middle, last)
print(*[1, 2], *(3,), sep="-")
print([*range(3), *"ab"], {*"aa", "b"} == {"a", "b"}, {**{"x": 1}, "y": 2})
(p, q), r = (1, 2), 3
print(p, q, r)
