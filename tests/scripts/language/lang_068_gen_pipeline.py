def numbers(n):
    for i in range(n):
        yield i
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(4, evens(squares(numbers(100))))))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, infinite())))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
acc = accumulate()
next(acc)
for v in [1, 2, 3]:
    print(acc.send(v))
def tree(depth):
    if depth == 0:
        yield 'leaf'
        return
    yield from tree(depth - 1)
    yield 'node%d' % depth
print(list(tree(3)))
