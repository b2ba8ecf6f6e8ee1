# operator: function forms of operators, itemgetter, attrgetter, methodcaller.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(4))
print(operator.lt(1, 2), operator.ge(1, 2), operator.eq('a', 'a'), operator.ne(1, 1))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.contains([1], 1))
print(operator.getitem([1, 2, 3], 1), operator.index(5), operator.abs(-3), operator.and_(6, 3))
print(operator.or_(4, 1), operator.xor(5, 1), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'), operator.invert(5))
d = {}
operator.setitem(d, 'k', 1)
print(d)
operator.delitem(d, 'k')
print(d)
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 1)(('x', 'y', 'z')))
print(itemgetter('k')({'k': 9}), repr(itemgetter(1)), repr(itemgetter(0, 'a')))


class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner

    def greet(self, punct='!', times=1):
        return ('hi ' + self.name + punct) * times


people = [P('zoe'), P('al'), P('mo')]
print([p.name for p in sorted(people, key=attrgetter('name'))])
print(attrgetter('inner.name')(P('out', P('in'))), attrgetter('name', 'inner')(P('x')))
print(repr(attrgetter('a.b')), methodcaller('greet')(P('x')), methodcaller('greet', '?', times=2)(P('y')))
print(repr(methodcaller('greet', '?', times=2)))
try:
    operator.indexOf([1], 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    attrgetter(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    attrgetter('missing')(P('x'))
except AttributeError as e:
    print(type(e).__name__, e)
