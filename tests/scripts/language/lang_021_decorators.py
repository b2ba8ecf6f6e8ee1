def trace(f):
    def wrapper(*args, **kw):
        print('call', f.__name__, args, kw)
        return f(*args, **kw)
    wrapper.__wrapped__ = f
    return wrapper
@trace
def add(a, b=0):
    return a + b
print(add(1, b=2))
def tag(name):
    def deco(f):
        f.tag = name
        return f
    return deco
@tag('outer')
@tag('inner')
def tagged():
    pass
print(tagged.tag)
order = []
def mark(n):
    order.append('make %d' % n)
    def d(f):
        order.append('apply %d' % n)
        return f
    return d
@mark(1)
@mark(2)
def h(): pass
print(order)
class C:
    @property
    def p(self):
        return 'prop'
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return cls.__name__ + x
print(C().p, C.s(4), C().s(5), C.c('!'))
print(add.__wrapped__.__name__, add.__name__)
