def g():
    print('started')
    x = yield 'first'
    print('received', x)
    try:
        y = yield 'second'
    except ValueError as e:
        print('handling', e)
        y = yield 'from except'
    return 'result %s' % y
it = g()
print(type(it).__name__, it.__name__, it.__qualname__)
print(it.gi_running, it.gi_frame is not None, it.gi_code.co_name)
print(next(it))
print(it.send(10))
print(it.throw(ValueError('oops')))
try:
    it.send('final')
except StopIteration as s:
    print('stop value:', s.value, s.args)
print(it.gi_frame)
try:
    next(it)
except StopIteration as s:
    print('exhausted', s.args)
def empty():
    return
    yield
print(list(empty()))
def genret():
    yield 1
    return [1, 2]
r = genret()
next(r)
try:
    next(r)
except StopIteration as s:
    print(s.value)
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print(e)
