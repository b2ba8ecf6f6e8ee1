# Literals, comprehensions, fromkeys, dict(...) and keyword forms.
import sys
a = 1
print(sys.getsizeof({1: 2}), sys.getsizeof({1: 2, 3: 4}), sys.getsizeof({"a": a, "b": a, "c": a}))
print(sys.getsizeof({i: i for i in range(5)}), sys.getsizeof({i: i for i in range(10)}))
print(sys.getsizeof(dict.fromkeys(range(3))), sys.getsizeof(dict.fromkeys(range(10))),
      sys.getsizeof(dict.fromkeys("abcdefghijkl")))
print(sys.getsizeof(dict(a=1, b=2)), sys.getsizeof(dict(zip("abc", range(3)))),
      sys.getsizeof(dict([(1, 2), (3, 4)])))
print(sys.getsizeof(dict()), {}.__sizeof__(), {1: 2}.__sizeof__())
