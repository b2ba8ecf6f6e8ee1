class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    @staticmethod
    def s():
        return 'static'
    @classmethod
    def c(cls):
        return cls.__name__
class B(A):
    def get(self):
        return super().get() * 2
    def __repr__(self):
        return 'B(%r)' % self.v
b = B(3)
print(b.get(), b.x, B.s(), B.c(), b)
print(A.__qualname__, B.get.__qualname__, B.__module__)
def make():
    class Local:
        def m(self):
            pass
    return Local
L = make()
print(L.__qualname__, L.m.__qualname__)
class Private:
    __secret = 5
    def reveal(self):
        return self.__secret
print(Private().reveal(), hasattr(Private, '_Private__secret'))
def deco(cls):
    cls.tag = 'decorated'
    return cls
@deco
class D:
    pass
print(D.tag)
class E:
    "doc of E"
    y: int = 3
print(E.__doc__, E.__annotations__, E.y)
m = b.get
print(m(), m.__self__ is b, m.__func__ is B.get)
print(type(m).__name__)
class WithClass:
    def who(self):
        return __class__.__name__
print(WithClass().who())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
