a, b = 1, 2
a, b = b, a
print(a, b)
(a, b), c = [1, 2], 3
print(a, b, c)
[x, y] = 'xy'
print(x, y)
first, *mid, last = range(6)
print(first, mid, last)
*head, = [1, 2]
print(head)
a, *b = 'q'
print(a, b)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
for a, *rest in [(1, 2, 3), (4,)]:
    print(a, rest)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
def gen():
    yield 1
    yield 2
p, q = gen()
print(p, q)
try:
    p, = gen()
except ValueError as e:
    print(e)
d = {}
d['a'], d['b'] = 1, 2
print(d)
class O: pass
o = O()
o.x, o.y = 'xy'
print(o.x, o.y)
print(*[1, 2], *(3,), sep='-')
