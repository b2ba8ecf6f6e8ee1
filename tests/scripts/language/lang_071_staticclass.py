class C:
    count = 0
    @staticmethod
    def util(x, y=1):
        return x + y
    @classmethod
    def create(cls, *args):
        cls.count += 1
        return cls()
    @classmethod
    def name(cls):
        return cls.__name__
class D(C):
    pass
print(C.util(1), C().util(2, 3), D.util(4))
c = C.create()
d = D.create()
print(type(c).__name__, type(d).__name__, C.count, D.count)
print(C.name(), D.name(), D().name())
print(type(C.__dict__['util']).__name__, type(C.__dict__['create']).__name__)
sm = staticmethod(len)
print(sm.__func__ is len)
f = C.create
print(f.__self__ is C)
