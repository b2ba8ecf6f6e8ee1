# Multiple inheritance: C3 linearization and its errors.
class A:
    def who(self):
        return 'A'


class B(A):
    def who(self):
        return 'B>' + super().who()


class C(A):
    def who(self):
        return 'C>' + super().who()


class D(B, C):
    def who(self):
        return 'D>' + super().who()


print(D().who())
print([k.__name__ for k in D.__mro__])


class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass


print([k.__name__ for k in M.mro()])

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print('TypeError', e)


class P(X, Y): pass
class Q(Y, X): pass


try:
    class R(P, Q):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class NoBool(bool):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Conflict(int, str):
        pass
except TypeError as e:
    print('TypeError', e)


class Mixin:
    def hello(self):
        return 'hello from ' + type(self).__name__


class Widget(Mixin, D):
    pass


print(Widget().hello(), Widget().who())
print(Widget.__bases__)
print(super(B, D()).who())
