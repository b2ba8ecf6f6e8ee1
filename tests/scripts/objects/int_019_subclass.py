class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
    def double(self):
        return self * 2
a = MyInt(21)
print(a, repr(a), str(a), int(a), a.double(), type(a.double()).__name__)
print(a + 1, type(a + 1).__name__, -a, type(-a).__name__, abs(MyInt(-3)), +a)
print(a == 21, a < 22, hash(a) == hash(21), isinstance(a, int))
print(MyInt("ff", 16), MyInt(), MyInt(3.7), MyInt(-(2**100)))
print(type(MyInt(2**100)).__name__, MyInt(2**100) // 2**99)
print(a.bit_length(), a.to_bytes(2, "big"), a.real, type(a.real).__name__)
print(type(a.numerator).__name__, a.denominator, a.imag, a.conjugate())
class Bigger(int):
    def __add__(self, other):
        return "added"
    def __radd__(self, other):
        return "radded"
b = Bigger(5)
print(b + 1, 1 + b, b - 1, 1 - b, 2 ** Bigger(3))
print(divmod(MyInt(17), 5), MyInt(17) % 5, MyInt(17) // 5, MyInt(7) / 2)
print(round(MyInt(1250), -2), type(round(MyInt(12))).__name__)
class WithNew(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 10)
print(WithNew(4), WithNew(4) + 0)
x = MyInt(5)
x += 1
print(x, type(x).__name__)
print(MyInt.from_bytes(b"\x01\x00", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__)
