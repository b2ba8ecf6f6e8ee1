# sys.getsizeof of str matches CPython's compact layouts
import sys
for s in ["", "a", "abc", "x" * 100, "é", "éé", "ÿ" * 10, "€", "€€", "Ā" * 5, "😀", "😀😀", "a😀"]:
    print(repr(s), len(s), sys.getsizeof(s), s.__sizeof__())
s = "é€"
s.encode()
print(sys.getsizeof(s))
print(sys.getsizeof("abc" + "def"), sys.getsizeof("é" + "a"), sys.getsizeof("€"[0]))
print(sys.getsizeof("a€"[0]), sys.getsizeof("é€"[:1]), sys.getsizeof(("ab" * 5)[::2]))
