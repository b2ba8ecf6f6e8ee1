# __bool__ (with __len__ fallback) and __call__.
class T:
    def __bool__(self):
        return False


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class E:
    pass


print(bool(T()), bool(L(0)), bool(L(2)), bool(E()), not T())
if L(0) or T():
    print('true')
else:
    print('false')


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print('TypeError', e)


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


print(bool(Both()))


class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, y=0, *rest, **kw):
        return self.k + x + y + len(rest) + len(kw)


a = Adder(10)
print(a(1), a(1, 2), a(1, 2, 3, 4, z=5), callable(a), callable(E()), callable(E))
try:
    E()()
except TypeError as e:
    print('TypeError', e)
try:
    a()
except TypeError as e:
    print('TypeError', e)
print(list(map(Adder(1), [1, 2, 3])))
