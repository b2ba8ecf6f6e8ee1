def inner():
    x = yield 1
    print('inner got', x)
    y = yield 2
    print('inner got', y)
    return 'inner result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 3
g = outer()
print(next(g))
print(g.send('a'))
print(g.send('b'))
try:
    next(g)
except StopIteration:
    print('done')
def thrower():
    try:
        yield from inner()
    except KeyError as e:
        print('outer caught', repr(e))
        yield 'recovered'
t = thrower()
next(t)
print(t.throw(KeyError('k')))
def closing():
    try:
        yield from inner()
    finally:
        print('outer finally')
c = closing()
next(c)
c.close()
print(c.gi_frame is None)
def fromlist():
    yield from [1, 2]
    yield from 'ab'
    return (yield from range(2))
print(list(fromlist()))
def counter(n):
    while n > 0:
        yield n
        n -= 1
print(list(counter(3)), sum(counter(4)), max(counter(5)))
gen = counter(2)
print(iter(gen) is gen, next(gen), list(gen), list(gen))
def pep479():
    yield 1
    next(iter([]))
try:
    list(pep479())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
