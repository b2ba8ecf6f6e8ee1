# namedtuple _make, _asdict, _replace, defaults, rename and subclassing.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point._make([3, 4])
print(p, Point._make(iter((5, 6))), Point._make(range(2)))
print(p._asdict(), type(p._asdict()).__name__)
q = p._replace(x=10)
print(q, p, q is not p)
print(p._replace(), p._replace(y=0, x=0))
Account = namedtuple('Account', 'owner balance currency', defaults=[0, 'EUR'])
print(Account('ann'), Account('bob', 5), Account('cy', 1, 'USD'))
print(Account._field_defaults, Account.__new__.__defaults__)
AllDef = namedtuple('AllDef', 'a b', defaults=(1, 2))
print(AllDef(), AllDef(b=5))
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(R._fields)
print(R(1, 2, 3, 4, 5, 6))


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), v._replace(x=0), Vec._make([1, 2]))
print(Vec.__mro__[1].__name__, isinstance(v, tuple))
Point3 = namedtuple('Point3', Point._fields + ('z',))
print(Point3(1, 2, 3))
M = namedtuple('M', 'a', module='mymod')
print(M.__module__)
