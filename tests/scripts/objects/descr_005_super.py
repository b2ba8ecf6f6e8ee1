# super(): two-argument forms, class methods, properties through super, errors.
class A:
    def f(self):
        return 'A.f'

    @classmethod
    def c(cls):
        return 'A.c ' + cls.__name__

    @property
    def p(self):
        return 'A.p'

    @staticmethod
    def s():
        return 'A.s'

    x = 'A.x'


class B(A):
    def f(self):
        return 'B.f>' + super().f()

    @classmethod
    def c(cls):
        return 'B.c>' + super().c()

    @property
    def p(self):
        return 'B.p>' + super().p

    @staticmethod
    def s():
        return 'B.s>' + super(B, B).s()


class C(B):
    pass


c = C()
print(c.f(), C.c(), c.p, C.s(), c.s())
print(super(B, c).f(), super(A, c).__class__, super(B, c).x)
print(super(C, C).c(), super(B, C).c())
print(repr(super(B, c)), repr(super(B)), repr(super(B, C)))
print(super(B, c).__thisclass__, super(B, c).__self__ is c, super(B, c).__self_class__)
try:
    super(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    super(B, 2)
except TypeError as e:
    print('TypeError', e)
try:
    super(B, c).nope
except AttributeError as e:
    print('AttributeError', e)
try:
    super()
except RuntimeError as e:
    print('RuntimeError', e)


class D(A):
    def __init__(self):
        self.v = super().f()

    def __repr__(self):
        return 'D(' + super().__repr__()[:10] + ')'


print(D().v, repr(D()))


class E:
    def __init__(self):
        super().__init__()
        print('E init')


E()


class F(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)


f = F()
f['a'] = 2
print(f)
