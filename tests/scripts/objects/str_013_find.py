# find, rfind, index, rindex
s = "abracadabra"
for sub in ("a", "bra", "cad", "z", "", "abracadabra", "abracadabrax"):
    print(repr(sub), s.find(sub), s.rfind(sub), s.find(sub, 1), s.rfind(sub, 0, 10),
          s.find(sub, -4), s.rfind(sub, -100, -2), s.find(sub, 3, 2))
print(s.find("a", 11), s.find("", 11), s.find("", 12), s.rfind("", 5), s.rfind("", 20))
print(s.find("a", None, None), s.find("a", True), s.rfind("a", None, -1))
u = "é€😀é€😀"
print(u.find("€"), u.rfind("€"), u.find("😀", 3), u.rfind("é", 0, 3), u.find("x"), u.find("é€😀", 1))
print(s.index("c"), s.rindex("a"), s.index("bra", 2), s.rindex("bra", 0, 6))
for f in (lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("a", 11),
          lambda: s.find(1), lambda: s.find(), lambda: s.find("a", "x"),
          lambda: s.find("a", 1, 2, 3), lambda: s.find("a", start=1), lambda: s.rfind(None),
          lambda: s.index(b"a")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print("abc".find("€"), "€abc".find("abc"), "a€".find("€", 1, 2))
class I:
    def __index__(self):
        return 2
print(s.find("a", I()))
