def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def __int__(self):
        return 42
class B:
    def __index__(self):
        return 7
class C:
    def __trunc__(self):
        return 99
class D:
    def __int__(self):
        return "x"
class E:
    def __trunc__(self):
        return B()
class F:
    def __trunc__(self):
        return 1.5
class G(int):
    pass
class H:
    def __int__(self):
        return G(5)
t(lambda: int(A()))
t(lambda: int(B()))
t(lambda: int(C()))
t(lambda: int(D()))
t(lambda: int(E()))
t(lambda: int(F()))
t(lambda: int(G(12)))
t(lambda: type(int(G(12))).__name__)
t(lambda: type(int(H())).__name__)
t(lambda: int(object()))
t(lambda: [10, 20, 30][B()])
t(lambda: range(B())[-1])
t(lambda: (5).__index__())
t(lambda: (5).__int__())
t(lambda: (5).__float__())
t(lambda: (2**80).__float__())
t(lambda: float(10**400))
t(lambda: float(-(2**1023)))
t(lambda: float(2**53 + 1))
t(lambda: float(2**54 + 3))
t(lambda: float(2**63 - 1))
t(lambda: float(-(2**64 + 2**11)))
t(lambda: float(2**64 + 2**11 + 1))
