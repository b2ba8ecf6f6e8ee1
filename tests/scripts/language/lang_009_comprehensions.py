print([x * 2 for x in range(5) if x % 2])
print({x: x * x for x in range(4)})
print(sorted({c for c in 'hello'}))
print([(i, j) for i in range(3) for j in range(i)])
print(list(x for x in 'ab'))
x = 'outer'
print([x for x in 'in'], x)
print([y for y in range(3) if (z := y) > 0], z)
def f():
    return [n for n in range(3) if (w := n)], w
print(f())
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
print([[j for j in range(i)] for i in range(3)])
g = (i for i in range(3))
print(next(g), list(g))
print({**{'a': 1}, 'b': 2}, [*range(2), *'ab'], (*[1], 2), {*[1, 2], 3})
