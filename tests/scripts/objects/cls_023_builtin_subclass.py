# Subclassing builtin types.
class MyList(list):
    def total(self):
        return sum(self)

    def append(self, x):
        super().append(x * 10)


l = MyList([1, 2])
l.append(3)
print(l, l.total(), len(l), type(l).__name__, isinstance(l, list))
print(l + [1], type(l + [1]).__name__, l[0], l[1:])


class MyDict(dict):
    def __missing__(self, key):
        return 'missing ' + str(key)


md = MyDict(a=1)
print(md['a'], md['zz'], len(md), isinstance(md, dict))


class MyInt(int):
    def double(self):
        return self * 2


i = MyInt(21)
print(i, i.double(), i + 1, type(i + 1).__name__, isinstance(i, int), repr(i))


class MyStr(str):
    def shout(self):
        return self.upper() + '!'


s = MyStr('hey')
print(s, s.shout(), len(s), s + 'x', type(s + 'x').__name__, s == 'hey')


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
print(p, p.x, len(p), p == (3, 4), type(p).__name__)


class E(Exception):
    pass


try:
    raise E('sub')
except Exception as e:
    print(type(e).__name__, e, isinstance(e, E))
l.extra = 'attr'
print(l.extra, i.__class__.__name__)
