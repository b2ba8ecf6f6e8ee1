# @dataclass: generated __init__, __repr__, __eq__, docstring and field order.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point(1, 2), Point(x=3, y=4), Point(5, y=6))
print(Point(1, 2) == Point(1, 2), Point(1) == Point(1, 1), Point(1) == (1, 0), Point(1) != Point(2))
print(Point.__doc__, p.__hash__ is None, Point.__match_args__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
print(Point.__annotations__, Point.y, 'x' in Point.__dict__)
p.x = 10
print(p, p.__dict__)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, z=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, x=3)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'custom!'

    def total(self):
        return self.a * 2


print(Custom(3), Custom(3).total(), Custom(1) == Custom(1))


class Outer:
    @dataclass
    class Inner:
        v: str = 'in'


print(Outer.Inner(), Outer.Inner.__qualname__)


@dataclass
class Rec:
    other: object = None


r = Rec()
r.other = r
print(r)
