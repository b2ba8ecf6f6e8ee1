# Set displays, set(range(n)), frozensets and the set operators.
import sys
a = 1
print(sys.getsizeof({1, 2, 3}), sys.getsizeof({a}), sys.getsizeof(set()), sys.getsizeof(frozenset()))
for n in (0, 4, 5, 10, 18, 19, 50, 100):
    print(n, sys.getsizeof(set(range(n))), sys.getsizeof(frozenset(range(n))))
x, y = set(range(10)), set(range(5, 15))
print(sys.getsizeof(x | y), sys.getsizeof(x & y), sys.getsizeof(x - y), sys.getsizeof(x ^ y))
print(sys.getsizeof(x.copy()), sys.getsizeof({i for i in range(10)}), sys.getsizeof(set("hello")))
print(set().__sizeof__(), frozenset({1}).__sizeof__())
