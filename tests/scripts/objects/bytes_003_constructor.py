# bytes() constructor forms
print(bytes(), bytes(3), bytes(0), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(3)))
print(bytes(b"copy"), bytes("é€", "utf-8"), bytes("abc", "ascii"), bytes("é", encoding="latin-1"))
print(bytes("é", "ascii", "replace"), bytes("é", "ascii", errors="ignore"), bytes(x for x in [1, 2]))
class B:
    def __bytes__(self):
        return b"from-dunder"
class I:
    def __index__(self):
        return 2
print(bytes(B()), bytes(I()), bytes([I(), I()]), bytes(True))
x = b"same"
print(bytes(x) is x)
for f in (lambda: bytes(-1), lambda: bytes("a"), lambda: bytes(1, "utf-8"), lambda: bytes([300]),
          lambda: bytes([-1]), lambda: bytes(["a"]), lambda: bytes(1.5), lambda: bytes(x=1),
          lambda: bytes(b"a", "ascii"), lambda: bytes("a", "nope"), lambda: bytes("é", "ascii"),
          lambda: bytes(None), lambda: bytes("a", 1), lambda: bytes(1, 2, 3, 4)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Bad:
    def __bytes__(self):
        return "str"
try:
    bytes(Bad())
except TypeError as e:
    print(type(e).__name__, e)
