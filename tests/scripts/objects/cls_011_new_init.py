# __new__ and __init__: order, arguments, errors.
class A:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        obj = super().__new__(cls)
        obj.made = True
        return obj

    def __init__(self, x):
        print('init', x)
        self.x = x


a = A(5)
print(a.made, a.x)


class Other:
    pass


class Factory:
    def __new__(cls):
        return Other()

    def __init__(self):
        print('never printed')


print(type(Factory()).__name__)


class Single:
    _inst = None

    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst


print(Single() is Single())


class NoArgs:
    pass


try:
    NoArgs(1)
except TypeError as e:
    print('TypeError', e)
try:
    NoArgs(x=1)
except TypeError as e:
    print('TypeError', e)


class InitOnly:
    def __init__(self):
        pass


try:
    InitOnly(1)
except TypeError as e:
    print('TypeError', e)


class NewOnly:
    def __new__(cls, a):
        return super().__new__(cls)


print(type(NewOnly(1)).__name__)


class BadInit:
    def __init__(self):
        return 1


try:
    BadInit()
except TypeError as e:
    print('TypeError', e)
try:
    object.__init__(NoArgs(), 1)
except TypeError as e:
    print('TypeError', e)
try:
    object.__new__(NoArgs, 1)
except TypeError as e:
    print('TypeError', e)
try:
    object.__new__(1)
except TypeError as e:
    print('TypeError', e)
o = object.__new__(NoArgs)
print(type(o).__name__)
print(type(A.__dict__['__new__']).__name__)
print(int.__new__(int, '7'))
try:
    int.__new__(bool, 1)
except TypeError as e:
    print('TypeError', e)
