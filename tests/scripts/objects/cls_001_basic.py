# Classes: attributes, methods, class vs instance attributes.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1)
print(q.x, q.y, q.dims, Point.dims)
q.dims = 3
print(q.dims, p.dims, Point.dims)
Point.dims = 5
print(q.dims, p.dims)
del q.dims
print(q.dims)
print(type(p) is Point, isinstance(p, Point), isinstance(p, object))
print(Point.__name__, Point.__qualname__, Point.__module__)
print(sorted(p.__dict__.items()))
p.__dict__['z'] = 9
print(p.z)
print(hasattr(p, 'x'), hasattr(p, 'w'), getattr(p, 'w', 'dflt'))
setattr(p, 'w', 10)
print(p.w)
delattr(p, 'w')
print(hasattr(p, 'w'))
try:
    p.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(Point.norm2(p), Point.moved(p, 2, 2).y)
m = p.norm2
print(m())
print(repr(Point)[:20], str(Point))
