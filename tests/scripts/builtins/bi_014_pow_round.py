def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(pow(2, 10), pow(2, -1), pow(2, 3, 5), pow(3, -1, 7), pow(-2, 3), pow(2.0, 3), pow(4, 0.5))
print(pow(base=2, exp=5), pow(2, exp=3, mod=3), pow(2, 100, 1000007), pow(0, 0))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2.0, 3, 4))
t(lambda: pow('a', 2))
t(lambda: pow(2))
t(lambda: pow())
t(lambda: pow(2, 3, 4, 5))
t(lambda: pow(0, -1))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.2345, 2), round(15, -1), round(25, -1))
print(round(7), round(7, 2), round(1234.5678, -2), round(0.5), round(1.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(number=3.14159, ndigits=3), round(3.7, None))
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 3))
t(lambda: round('a'))
t(lambda: round())
t(lambda: round(1.5, 'a'))
t(lambda: round(1, 2, 3))
t(lambda: round(float('inf')))
t(lambda: round(float('nan')))
class NR: pass
t(lambda: round(NR()))
