# Method calls and attribute access on instances.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self

def run(n):
    v = Vec(1, 2)
    w = Vec(3, 4)
    c = Counter()
    acc = 0
    for i in range(n):
        acc += v.dot(w)
        c.bump(i & 7).bump(1)
        if i % 1000 == 0:
            v = v.add(w)
    return acc + c.n + v.x

print(run(600_000))
