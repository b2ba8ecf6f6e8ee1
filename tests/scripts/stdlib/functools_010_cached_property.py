# functools.cached_property computes once per instance and stores in __dict__.
from functools import cached_property


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        """The area."""
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print('area' in c.__dict__, c.area, c.area, c.computed, 'area' in c.__dict__)
c.r = 10
print(c.area)
del c.area
print(c.area, c.computed)
c.area = 99
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname, Circle.area.__doc__)
d = Circle(1)
print(d.area, d.computed, c.computed)


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def value(self):
        return 1


try:
    Slotted().value
except TypeError as e:
    print(type(e).__name__, e)

cp = cached_property(lambda self: 1)
try:
    cp.__get__(Circle(1), Circle)
except TypeError as e:
    print(type(e).__name__, e)
