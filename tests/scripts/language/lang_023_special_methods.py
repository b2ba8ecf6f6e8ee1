class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return 'V(%r, %r)' % (self.x, self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __bool__(self):
        return bool(self.x or self.y)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __call__(self, z):
        return self.x + self.y + z
print(V(1, 2) + V(3, 4), V(1, 2) * 3, 2 * V(1, 1), -V(1, 2))
print(V(1, 2) == V(1, 2), V(1, 2) != V(2, 1), len(V(0, 0)), bool(V(0, 0)))
print(list(V(5, 6)), V(1, 2)[1], 2 in V(1, 2), V(1, 2)(3))
print(sorted([V(2, 1), V(1, 5)]), {V(1, 1): 'a'}[V(1, 1)])
x = V(1, 1)
x += V(1, 1)
print(x)
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(It()), [a for a in It()])
class Str:
    def __str__(self):
        return 'str form'
    def __repr__(self):
        return 'repr form'
    def __format__(self, spec):
        return 'fmt:' + spec
print(Str(), repr(Str()), [Str()], f'{Str():abc}', str(Str()))
