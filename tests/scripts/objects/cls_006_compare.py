# Rich comparisons, reflection and __hash__ interplay.
class N:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, N) and self.v == o.v

    def __lt__(self, o):
        return self.v < o.v

    def __le__(self, o):
        return self.v <= o.v


a, b = N(1), N(2)
print(a == b, a == N(1), a != b, a != N(1))
print(a < b, b > a, a <= b, b >= a)
print(sorted([N(3), N(1), N(2)], key=lambda n: n.v)[0].v)
print(min(N(5), N(4)).v)
try:
    hash(a)
except TypeError as e:
    print('TypeError', e)
print(N.__hash__)


class H:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, H) and self.v == o.v

    def __hash__(self):
        return hash(self.v)


print(len({H(1), H(1), H(2)}), hash(H(5)) == hash(5))


class Plain:
    pass


p = Plain()
print(p == p, p != p, p == Plain(), p != Plain())
print(hash(p) == hash(p))
try:
    p < Plain()
except TypeError as e:
    print('TypeError', e)


class Rev:
    def __gt__(self, o):
        return 'Rev.__gt__'


print(1 < Rev())
print(Rev() > 1)


class NeOnly:
    def __ne__(self, o):
        return 'custom ne'


print(NeOnly() != 1, NeOnly() == 1)


class BadHash:
    def __hash__(self):
        return 'x'


try:
    hash(BadHash())
except TypeError as e:
    print('TypeError', e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class MinusOne:
    def __hash__(self):
        return -1


print(hash(MinusOne()))
