# staticmethod and classmethod.
class C:
    count = 0

    @staticmethod
    def add(a, b):
        return a + b

    @classmethod
    def make(cls, n):
        cls.count += n
        return cls

    @classmethod
    def name(cls):
        return cls.__name__


class D(C):
    pass


print(C.add(1, 2), C().add(3, 4), C.make(2).count, D.make(3).count, C.count)
print(C.name(), D.name(), D().name())
sm = C.__dict__['add']
cm = C.__dict__['make']
print(type(sm).__name__, type(cm).__name__, sm.__func__ is C.add, sm(5, 6))
print(sm.__name__, sm.__qualname__, cm.__name__, cm.__wrapped__ is cm.__func__)
print(sm.__isabstractmethod__, cm.__isabstractmethod__)
try:
    staticmethod()
except TypeError as e:
    print('TypeError', e)
try:
    classmethod(len, len)
except TypeError as e:
    print('TypeError', e)
try:
    classmethod(len)()
except TypeError as e:
    print('TypeError', e)
s2 = staticmethod(len)
print(s2('abc'), s2.__func__ is len, repr(s2))
print(repr(classmethod(len)))
bound = C.make
print(bound.__self__ is C, bound.__func__ is cm.__func__)


def f(self):
    return 'plain'


C.g = staticmethod(f)
print(C.g(1), C().g(2))
C.h = classmethod(f)
print(C.h(), type(C().h).__name__)
print(classmethod(f).__get__(None, D)())
print(staticmethod(f).__get__(None, D) is f)
