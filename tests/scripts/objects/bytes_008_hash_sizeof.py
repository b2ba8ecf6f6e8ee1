# hashes and sizes of bytes
import sys
for b in [b"", b"a", b"abc", b"\x00", b"\xff" * 10, bytes(range(20))]:
    print(repr(b), hash(b), sys.getsizeof(b), b.__sizeof__())
print(hash(b"abc") == hash("abc"), hash(b"\xe9") == hash("é"))
print(b"" is bytes(), b"a" is b"ab"[:1], b"z"[0:1] is b"z")
