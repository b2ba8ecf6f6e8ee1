def g():
    a = yield
    b = (yield a) + 1
    c = [(yield b), (yield 'x')]
    yield c
it = g()
print(next(it))
print(it.send(5))
print(it.send(10))
print(it.send('p'))
print(it.send('q'))
def gen_in_args():
    print('value', (yield 1), (yield 2))
    yield 'end'
gi = gen_in_args()
print(next(gi), gi.send('A'), gi.send('B'))
def yield_in_expr():
    x = 10 + (yield 'first')
    yield x
y = yield_in_expr()
print(next(y), y.send(5))
def cond():
    v = (yield) if True else None
    yield v
c = cond()
next(c)
print(c.send('cond'))
