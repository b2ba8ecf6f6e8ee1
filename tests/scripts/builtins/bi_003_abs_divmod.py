def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-2**100))
class A:
    def __abs__(self):
        return 'absA'
print(abs(A()))
t(lambda: abs('a'))
t(lambda: abs(None))
t(lambda: abs())
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 3), divmod(True, 2))
class D:
    def __divmod__(self, other):
        return ('divmod', other)
    def __rdivmod__(self, other):
        return ('rdivmod', other)
print(divmod(D(), 3), divmod(3, D()))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: divmod('a', 1))
t(lambda: divmod(1, 'a'))
t(lambda: divmod(1))
t(lambda: divmod(1, 2, 3))
