# str.split and bytes.split make their result list with room for up to 12 pieces
# (maxsplit + 1 when smaller), so their sizes differ from a list display.
import sys
for s in ("", "a", "a b c d", " ".join("x" * 12), " ".join("x" * 13), " ".join("x" * 40)):
    print(len(s.split()), sys.getsizeof(s.split()), sys.getsizeof(s.rsplit()),
          sys.getsizeof(s.split(" ")), sys.getsizeof(s.split(maxsplit=1)), sys.getsizeof(s.split(None, 0)))
print(sys.getsizeof("ab".split("abc")), sys.getsizeof("".split(" ")), sys.getsizeof("a,b".rsplit(",", 1)))
print(sys.getsizeof(["a", "b", "c", "d"]), sys.getsizeof("a b c d".split()))
for b in (b"", b"a b", b" ".join([b"x"] * 13)):
    print(sys.getsizeof(b.split()), sys.getsizeof(b.split(b" ")), sys.getsizeof(b.rsplit(b" ", 2)))
