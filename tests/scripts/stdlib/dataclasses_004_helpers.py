# fields(), asdict(), astuple(), replace(), is_dataclass(), make_dataclass().
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from dataclasses import make_dataclass
from collections import namedtuple


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Shape:
    name: str
    points: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    secret: int = field(default=0, init=False)


s = Shape('tri', [Point(0, 0), Point(1, 0)], {'k': Point(2, 2)})
print([f.name for f in fields(s)], [f.name for f in fields(Shape)])
f0 = fields(Point)[1]
print(f0.name, f0.type, f0.default, f0.init, f0.repr, f0.compare, f0.hash)
print(asdict(s))
print(astuple(s))
print(asdict(Point(1, 2), dict_factory=lambda pairs: sorted(pairs)))
Pair = namedtuple('Pair', 'a b')


@dataclass
class Holder:
    pair: tuple


print(asdict(Holder(Pair(Point(1), 2))))
p = Point(1, 2)
q = replace(p, y=5)
print(q, p, q is not p, replace(p))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(1), is_dataclass(int))
for fn in (fields, asdict, astuple):
    try:
        fn(5)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
try:
    asdict(Point)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(s, secret=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    replace(p, z=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(5, x=1)
except TypeError as e:
    print(type(e).__name__, e)
M = make_dataclass('M', [('a', int), ('b', int, field(default=2))])
print(M(1), M(1, 3) == M(1, 3), [f.name for f in fields(M)])
N = make_dataclass('N', [('v', int)], frozen=True)
try:
    N(1).v = 2
except AttributeError as e:
    print(type(e).__name__, e)
