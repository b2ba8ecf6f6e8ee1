print(True, False, repr(True), str(False), type(True).__name__, type(False))
print(bool(), bool(0), bool(1), bool(-1), bool(2**100), bool(0.0), bool(""), bool("a"))
print(bool([]), bool([0]), bool(None), bool({}), bool(()))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
print(True == 1, False == 0, True is True, (1 == 1) is True, not True)
print(int(True), float(True), str(True), hash(True), hash(False))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length())
try:
    bool(1, 2)
except TypeError as e:
    print(e)
try:
    bool(x=1)
except TypeError as e:
    print(e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 3
print(bool(Z()), bool(L()), bool(object()))
print(True.__sizeof__(), False.__sizeof__())
