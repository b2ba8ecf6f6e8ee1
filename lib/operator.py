"""Operators as functions (embedded into mnemo from lib/operator.py)."""

_abs = abs
_pow = pow


def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return bool(a)
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def abs(a): return _abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def index(a): return a.__index__()
def inv(a): return ~a
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return _pow(a, b)
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b
def concat(a, b): return a + b
def contains(a, b): return b in a
def countOf(a, b): return sum(1 for x in a if x is b or x == b)
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c
def delitem(a, b): del a[b]
def iadd(a, b):
    a += b
    return a
def imul(a, b):
    a *= b
    return a


def indexOf(a, b):
    """Return the first index of b in a."""
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


invert = inv
__lt__, __le__, __eq__, __ne__, __ge__, __gt__ = lt, le, eq, ne, ge, gt
__add__, __sub__, __mul__, __getitem__ = add, sub, mul, getitem


class itemgetter:
    """itemgetter(item, ...) --> a callable fetching the given item(s) from its operand."""
    __slots__ = ('_items', '_single')

    def __init__(self, item, *items):
        self._items = (item,) + items
        self._single = not items

    def __call__(self, obj):
        if self._single:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))


class attrgetter:
    """attrgetter(attr, ...) --> a callable fetching the given attribute(s); 'a.b' follows dots."""
    __slots__ = ('_attrs', '_names')

    def __init__(self, attr, *attrs):
        self._attrs = (attr,) + attrs
        for a in self._attrs:
            if not isinstance(a, str):
                raise TypeError('attribute name must be a string')
        self._names = tuple(a.split('.') for a in self._attrs)

    def _get(self, obj, names):
        for name in names:
            obj = getattr(obj, name)
        return obj

    def __call__(self, obj):
        if len(self._names) == 1:
            return self._get(obj, self._names[0])
        return tuple(self._get(obj, names) for names in self._names)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))


class methodcaller:
    """methodcaller(name, *args, **kwargs) --> a callable calling that method on its operand."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, name, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)] + [repr(a) for a in self._args]
        parts += ['%s=%r' % (k, v) for k, v in self._kwargs.items()]
        return 'operator.methodcaller(%s)' % ', '.join(parts)
