# translate and maketrans
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, 99: "three", "é": 0x20ac})
print(sorted(t3.items()), "abcé".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({104: None}), "x".translate({}))
print("abc".translate({97: "😀", 98: 0x1f601}), "é€".translate({0xe9: "e", 0x20ac: "E"}))
class Table:
    def __getitem__(self, k):
        if k == 97:
            return "A"
        raise LookupError(k)
print("banana".translate(Table()))
print(str.maketrans("", ""), str.maketrans("", "", "xy"))
for f in (lambda: str.maketrans("ab", "a"), lambda: str.maketrans({"ab": 1}),
          lambda: str.maketrans({1.5: 1}), lambda: str.maketrans(1, 2), lambda: str.maketrans(1),
          lambda: str.maketrans("a", "b", 3), lambda: "a".translate({97: 1.5}),
          lambda: "a".translate({97: -1}), lambda: "a".translate({97: 0x110000}),
          lambda: "a".translate(1), lambda: str.maketrans()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
