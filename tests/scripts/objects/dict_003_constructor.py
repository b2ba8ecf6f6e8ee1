# dict() constructor forms and errors
print(dict())
print(dict({'a': 1, 'b': 2}))
print(dict([('a', 1), ('b', 2)]))
print(dict([['x', 1], ['y', 2]]))
print(dict(a=1, b=2))
print(dict({'a': 1}, b=2, a=3))
print(dict([('a', 1)], a=5))
print(dict(zip('abc', range(3))))
print(dict(['ab', 'cd']))
print(dict(((i, i * 2) for i in range(4))))
class M:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
print(dict(M()))
for bad in [[(1, 2, 3)], [1], ['abc'], [(1,)], 5, [(1, 2), 'xyz']]:
    try:
        dict(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
d = dict.fromkeys('abc')
print(d)
print(dict.fromkeys(range(3), 0))
print(dict.fromkeys({'x': 1, 'y': 2}, []))
print(dict.fromkeys([]))
try:
    dict.fromkeys()
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys(5)
except TypeError as e:
    print(type(e).__name__, e)
class D(dict):
    pass
x = D.fromkeys([1, 2], 'v')
print(type(x).__name__, x)
