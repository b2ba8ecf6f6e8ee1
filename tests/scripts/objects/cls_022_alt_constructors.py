# Class methods as alternative constructors, static helpers, and subclass awareness.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split('-'))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return '%s(%d, %d, %d)' % (type(self).__name__, self.y, self.m, self.d)


class MyDate(Date):
    pass


print(Date.from_string('2024-02-29'), MyDate.from_string('1999-12-31'))
print(Date.is_leap(2000), Date.is_leap(1900), MyDate().is_leap(2024) if False else MyDate.is_leap(2024))
d = Date(1, 2, 3)
print(d.from_string('5-6-7'), type(d.from_string('1-1-1')).__name__)


class Registry:
    _items = {}

    @classmethod
    def register(cls, name):
        def deco(f):
            cls._items[name] = f
            return f
        return deco

    @classmethod
    def call(cls, name, *a):
        return cls._items[name](*a)


@Registry.register('double')
def double(x):
    return x * 2


print(Registry.call('double', 21), sorted(Registry._items))
