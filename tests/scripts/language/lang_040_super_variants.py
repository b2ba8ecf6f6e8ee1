class A:
    def f(self):
        return 'A.f'
    @classmethod
    def cm(cls):
        return 'A.cm ' + cls.__name__
    def __init__(self):
        self.init = 'A'
class B(A):
    def f(self):
        return 'B>' + super().f()
    @classmethod
    def cm(cls):
        return 'B>' + super().cm()
    def explicit(self):
        return super(B, self).f()
    def __init__(self):
        super().__init__()
        self.init += 'B'
b = B()
print(b.f(), B.cm(), b.explicit(), b.init)
class C(B):
    def f(self):
        def helper():
            return 'helper'
        return 'C>' + super().f() + helper()
print(C().f(), C.cm())
def no_args():
    try:
        super()
    except RuntimeError as e:
        print(e)
no_args()
class D:
    def m(this):
        return super().__repr__()[:10]
print(D().m())
class E(A):
    def f(self):
        return [super().f() for _ in range(2)]
try:
    print(E().f())
except Exception as e:
    print(type(e).__name__, e)
class F(A):
    def f(self):
        return (lambda: super(F, self).f())()
print(F().f())
