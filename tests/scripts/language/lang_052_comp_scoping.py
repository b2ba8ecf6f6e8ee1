x = 10
lst = [x for x in range(3)]
print(lst, x)
print({x: x * 2 for x in range(2)}, x)
print({x for x in 'aa'}, x)
g = (x for x in range(2))
print(list(g), x)
def f():
    y = 5
    return [y + i for i in range(3)]
print(f())
def outer_iter_evaluated_first():
    items = [1, 2, 3]
    gen = (i * 2 for i in items)
    items = [10]
    return list(gen)
print(outer_iter_evaluated_first())
def inner_iter_late():
    a = [1]
    gen = (i + j for i in range(2) for j in a)
    a = [100]
    return list(gen)
print(inner_iter_late())
class K:
    base = [1, 2]
    out = [v * 10 for v in base]
print(K.out)
print([i for i in range(3)][-1], [(lambda: i)() for i in range(3)])
print([[x, y] for x in range(2) for y in range(x, 2)])
print(sum(x * x for x in range(4)), max((len(w), w) for w in ['aa', 'b']))
