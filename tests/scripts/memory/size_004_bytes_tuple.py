# bytes are 33+n; tuples 40+8n (24 header + 16 for the collector).
import sys
for b in (b"", b"a", b"abc", bytes(100), b"x" * 1000):
    print("bytes", len(b), sys.getsizeof(b))
print(sys.getsizeof("abc".encode()), sys.getsizeof(bytes([1, 2, 3])))
for t in ((), (1,), (1, 2), (1, 2, 3), tuple(range(10)), tuple("abcdefgh")):
    print("tuple", len(t), sys.getsizeof(t))
a = 1
print(sys.getsizeof((a, a)), sys.getsizeof(tuple([a] * 50)), sys.getsizeof(tuple(x for x in range(5))))
print((1, 2).__sizeof__(), b"ab".__sizeof__())
