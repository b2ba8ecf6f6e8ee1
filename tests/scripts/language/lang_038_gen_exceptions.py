def g():
    try:
        yield 1
        yield 2
    finally:
        print('g finally')
for v in g():
    print(v)
    break
print('after break')
def h():
    with open_cm('h') as x:
        yield x
        yield x + '!'
class open_cm:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, *a):
        print('exit', self.n, a[0])
        return False
gen = h()
print(next(gen))
gen.close()
gen2 = h()
print(next(gen2))
try:
    gen2.throw(ValueError('into with'))
except ValueError as e:
    print('propagated', e)
def raiser():
    yield 1
    raise KeyError('from gen')
try:
    for x in raiser():
        print('got', x)
except KeyError as e:
    print('caught', e)
def cleanup_order():
    try:
        try:
            yield 'a'
        finally:
            print('inner fin')
    finally:
        print('outer fin')
c = cleanup_order()
next(c)
del c
print('deleted')
def exhausted():
    yield 1
e = exhausted()
list(e)
print(list(e), next(e, 'default'))
try:
    e.throw(TypeError('late'))
except TypeError as ex:
    print('late throw', ex)
def unstarted():
    yield 1
u = unstarted()
try:
    u.throw(ValueError('early'))
except ValueError as ex:
    print('early', ex)
print(next(u, 'closed'))
