# __repr__, __str__, __format__ and their defaults.
class A:
    def __repr__(self):
        return 'A()'


class B:
    def __str__(self):
        return 'B as str'


class C(A):
    def __str__(self):
        return 'C as str'


print(repr(A()), str(A()), A())
print(str(B()), repr(B()).startswith('<__main__.B object at 0x'))
print(repr(C()), str(C()), [C(), A()], '%s %r' % (C(), C()))
print(f'{C()} {C()!r} {A()!s}')


class F:
    def __format__(self, spec):
        return 'F<' + spec + '>'


print(format(F(), 'abc'), f'{F():xyz}', '{:>5}'.format(F()))
print(format(A()), format(A(), ''))
try:
    format(A(), 'x')
except TypeError as e:
    print('TypeError', e)


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError', e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print('TypeError', e)


class Nested:
    class Inner:
        pass


print(Nested.Inner.__qualname__, Nested.Inner.__name__, repr(Nested.Inner))


def make():
    class Local:
        pass
    return Local


print(make().__qualname__)
print(repr(object()).startswith('<object object at 0x'))
print(str(int), repr(type), repr(object), repr(A))
