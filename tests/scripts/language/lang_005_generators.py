def gen(n):
    for i in range(n):
        yield i
    return 'done'
print(list(gen(4)))
g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
def echo():
    received = yield 'start'
    while True:
        received = yield received * 2
e = echo()
print(e.send(None), e.send(3), e.send('ab'))
def deleg():
    r = yield from gen(3)
    print('got', r)
    yield 'after'
print(list(deleg()))
def catcher():
    try:
        yield 1
    except ValueError as ex:
        yield 'caught ' + str(ex)
c = catcher()
print(next(c), c.throw(ValueError('boom')))
def closer():
    try:
        yield 1
    finally:
        print('cleanup')
cl = closer()
next(cl)
cl.close()
def bad():
    raise StopIteration
    yield
try:
    next(bad())
except RuntimeError as ex:
    print('RuntimeError', ex)
ge = (x * x for x in range(5))
print(sum(ge))
print(type(gen(1)).__name__, gen.__name__)
def running():
    yield g2.gi_running
g2 = running()
print(next(g2), g2.gi_running)
try:
    e.send(None)
    gen(1).send(5)
except TypeError as ex:
    print(ex)
def ignore():
    while True:
        try:
            yield
        except GeneratorExit:
            pass
ig = ignore()
next(ig)
try:
    ig.close()
except RuntimeError as ex:
    print(ex)
