# __slots__ with class variables, defaults via properties, pickling-free reuse, dict access.
class Vec:
    __slots__ = ('x', 'y')
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)


v = Vec(1, 2)
print(v, v.dims, Vec.__slots__, hasattr(v, '__dict__'), hasattr(v, '__weakref__'))
v.x += 10
print(v)
try:
    v.dims = 3
except AttributeError as e:
    print('AttributeError', e)


class Weak:
    __slots__ = ('__weakref__',)


w = Weak()
print(w.__weakref__)
try:
    w.a = 1
except AttributeError as e:
    print('AttributeError', e)


class Mixed:
    __slots__ = ['a', '__dict__']


m = Mixed()
m.a = 1
m.b = 2
print(m.a, m.__dict__, sorted(k for k in Mixed.__dict__ if not k.startswith('__')))


class Base:
    __slots__ = ('p',)


class Derived(Base):
    __slots__ = ('q',)


d = Derived()
d.p, d.q = 1, 2
print(d.p, d.q, Derived.__slots__, Base.__dict__['p'].__objclass__.__name__)
try:
    d.r = 3
except AttributeError as e:
    print('AttributeError', e)


class GenSlots:
    __slots__ = (n for n in ['g1', 'g2'])


print(sorted(k for k in GenSlots.__dict__ if k.startswith('g')))
print(type(GenSlots.__dict__['__slots__']).__name__)


class DictSlots:
    __slots__ = {'k1': 'doc one', 'k2': 'doc two'}


print(sorted(k for k in DictSlots.__dict__ if k.startswith('k')))
