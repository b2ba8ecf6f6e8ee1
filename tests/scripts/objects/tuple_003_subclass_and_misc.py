class P(tuple):
    def first(self):
        return self[0]
p = P([1, 2, 3])
print(p, type(p).__name__, p.first(), len(p), p + (4,), type(p + (4,)).__name__)
print(p[1:], type(p[1:]).__name__, p[:] is p, tuple(p) is p, type(tuple(p)).__name__)
print(p == (1, 2, 3), hash(p) == hash((1, 2, 3)), isinstance(p, tuple))
print(P(), P("ab"))
t = (1, 2, 3)
it = iter(t)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested])
d = {(1, 2): 'x', (): 'empty'}
print(d[(1, 2)], d[()])
s = {(1, 2), (1, 2), (2, 1)}
print(len(s))
print((1, 2) * 3, (0,) * 5)
big = tuple(range(20))
print(big[5:15:3], big[-1:-20:-6])
print((1, 2, 3)[-100:100])
print(tuple(x * x for x in range(5)))
print(tuple(reversed((1, 2, 3))))
