# __init_subclass__ with class keywords, and __set_name__.
class Registry:
    subclasses = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)


class A(Registry, tag='a'):
    pass


class B(A):
    pass


print(Registry.subclasses, A.tag, B.tag)
try:
    class C(Registry, bogus=1):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class D(object, x=1):
        pass
except TypeError as e:
    print('TypeError', e)


class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name

    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return 'field ' + self.name


class Model:
    x = Field()
    y = Field()


print(Model().x, Model.y.name)


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError('broken ' + name)


try:
    class M2:
        b = Broken()
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__, e.__cause__)
except ValueError as e:
    print('ValueError', e)
X = type('X', (Registry,), {'v': 1}, tag='x')
print(X.tag, X.v, Registry.subclasses[-1])


class Hook:
    @classmethod
    def __init_subclass__(cls):
        print('explicit classmethod hook', cls.__name__)


class H2(Hook):
    pass
