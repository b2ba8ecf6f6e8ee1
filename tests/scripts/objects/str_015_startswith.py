# startswith / endswith with tuples and ranges
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("hello world!"))
print(s.endswith("world"), s.endswith("hello"), s.endswith(""), s.endswith("d"))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9))
print(s.endswith("hello", 0, 5), s.endswith("hell", 0, 4), s.endswith("o", -5, -4))
print(s.startswith(("x", "he")), s.startswith(("x", "y")), s.endswith(("ld", "x")), s.startswith(()))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("", 12), s.endswith("", 5, 4))
print("é€😀".startswith("é€"), "é€😀".endswith("😀"), "é€😀".endswith("€", 0, 2))
print(s.startswith("h", None), s.endswith("d", None, None), s.startswith("l", -9))
for f in (lambda: s.startswith(1), lambda: s.endswith(["a"]), lambda: s.startswith(("a", 1)),
          lambda: s.endswith((None,)), lambda: s.startswith(), lambda: s.startswith("a", "b"),
          lambda: s.endswith("a", 1, 2, 3), lambda: s.startswith(b"h")):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
