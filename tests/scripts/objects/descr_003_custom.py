# User-defined descriptors: data vs non-data precedence, __set__, __delete__, __get__.
class Data:
    def __get__(self, obj, typ=None):
        return ('data get', obj is None, typ.__name__ if typ else None)

    def __set__(self, obj, value):
        print('data set', value)

    def __delete__(self, obj):
        print('data delete')


class NonData:
    def __get__(self, obj, typ=None):
        return 'nondata get'


class C:
    d = Data()
    n = NonData()


c = C()
print(c.d, C.d)
c.d = 5
del c.d
print(c.n)
c.__dict__['d'] = 'instance d'
c.__dict__['n'] = 'instance n'
print(c.d, c.n)


class GetOnly:
    def __get__(self, obj, typ):
        return 42


class K:
    g = GetOnly()


print(K.g, K().g)


class SetOnly:
    def __set__(self, obj, v):
        print('SetOnly set', v)


class L:
    s = SetOnly()


l = L()
l.s = 1
print(type(L.s).__name__)
try:
    del l.s
except AttributeError as e:
    print('AttributeError', e)


class Counter:
    def __init__(self):
        self.n = 0

    def __get__(self, obj, typ):
        self.n += 1
        return self.n


class M:
    c = Counter()


m = M()
print(m.c, m.c, M.c)
print(Data.__get__(Data(), None, C))
try:
    Data().__get__(None, None)
    print('no error')
except TypeError as e:
    print('TypeError', e)
