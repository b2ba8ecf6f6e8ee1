# Class variables, methods and properties live beside slots; instance state lives in them.
class Point:
    __slots__ = ("x", "y")
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.norm2, p.dims, Point.dims)
try:
    p.dims = 3
except AttributeError as e:
    print("AttributeError:", e)
Point.dims = 3
print(p.dims)
pts = [Point(i, i) for i in range(3)]
print(pts, sum(q.norm2 for q in pts))
