def apply(f, *args, **kw):
    return f(*args, **kw)
print(apply(max, 1, 5, 3), apply(sorted, [3, 1], reverse=True))
def curry(f):
    def a(x):
        def b(y):
            return f(x, y)
        return b
    return a
print(curry(lambda x, y: x - y)(10)(3))
def reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 6), 1), reduce(lambda a, b: a + [b], 'ab', []))
ops = {'+': lambda a, b: a + b, '*': lambda a, b: a * b}
print([ops[o](3, 4) for o in '+*'])
print(list(map(str, range(3))), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(list(filter(None, [0, 1, '', 'x', None])))
pipeline = [str.strip, str.upper, lambda s: s + '!']
s = '  hi  '
for fn in pipeline:
    s = fn(s)
print(s)
