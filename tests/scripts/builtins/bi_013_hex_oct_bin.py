def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(hex(255), hex(-255), hex(0), hex(2**70), oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0), bin(2**65))
print(hex(True), bin(False), oct(2**40))
class I:
    def __index__(self):
        return 10
print(hex(I()), oct(I()), bin(I()))
t(lambda: hex(1.5))
t(lambda: oct('a'))
t(lambda: bin(None))
t(lambda: hex())
t(lambda: bin([]))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
