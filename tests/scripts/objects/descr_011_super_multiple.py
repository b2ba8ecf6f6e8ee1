# super() in diamond hierarchies: cooperative __init__ and method chains.
class Base:
    def __init__(self, **kw):
        print('Base', sorted(kw))
        super().__init__()

    def hello(self):
        return ['Base']


class Left(Base):
    def __init__(self, left=None, **kw):
        print('Left', left)
        super().__init__(**kw)

    def hello(self):
        return ['Left'] + super().hello()


class Right(Base):
    def __init__(self, right=None, **kw):
        print('Right', right)
        super().__init__(**kw)

    def hello(self):
        return ['Right'] + super().hello()


class Bottom(Left, Right):
    def __init__(self, **kw):
        print('Bottom')
        super().__init__(**kw)

    def hello(self):
        return ['Bottom'] + super().hello()


b = Bottom(left=1, right=2, extra=3)
print(b.hello())
print([c.__name__ for c in Bottom.__mro__])
print(super(Left, b).hello(), super(Right, b).hello())


class A:
    def f(self):
        return 'A'


class B(A):
    def f(self):
        sup = super()
        return 'B+' + sup.f()


print(B().f())


class Cls:
    @classmethod
    def create(cls):
        return cls.__name__


class SubCls(Cls):
    @classmethod
    def create(cls):
        return 'Sub>' + super().create()


print(SubCls.create(), SubCls().create())
