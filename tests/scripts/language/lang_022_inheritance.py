class Base:
    kind = 'base'
    def __init__(self, n):
        self.n = n
    def describe(self):
        return '%s %s %d' % (type(self).__name__, self.kind, self.n)
    def twice(self):
        return self.value() * 2
    def value(self):
        return self.n
class Child(Base):
    kind = 'child'
    def __init__(self, n, m):
        super().__init__(n)
        self.m = m
    def value(self):
        return super().value() + self.m
class Grand(Child):
    def value(self):
        return super().value() * 10
print(Base(1).describe(), Child(1, 2).describe(), Grand(1, 2).describe())
print(Base(3).twice(), Child(3, 4).twice(), Grand(1, 1).twice())
print(isinstance(Grand(1, 1), Base), issubclass(Child, Base), issubclass(Base, Child))
print([k.__name__ for k in Grand.__mro__])
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.created = True
        return obj
    def __init__(self, x):
        self.x = x
w = WithNew(5)
print(w.created, w.x)
class S(str):
    def shout(self):
        return self.upper() + '!'
print(S('hi').shout(), len(S('abc')))
