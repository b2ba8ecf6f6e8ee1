# How a list is built decides its capacity: [0]*n and list(range(n)) are exact,
# comprehensions grow by appending, list(iterable) uses a length hint.
import sys
for n in (0, 1, 3, 10, 100):
    print(n, sys.getsizeof([0] * n), sys.getsizeof(list(range(n))),
          sys.getsizeof([i for i in range(n)]), sys.getsizeof(list(i for i in range(n))))
print(sys.getsizeof(list("hello")), sys.getsizeof(list((1, 2, 3))), sys.getsizeof(list({1: 2, 3: 4})))
print(sys.getsizeof(list(iter([1, 2, 3, 4, 5]))), sys.getsizeof(list(map(abs, [1, 2, 3]))))
print(sys.getsizeof(sorted([3, 1, 2])), sys.getsizeof([1, 2] * 5), sys.getsizeof([1] + [2, 3]))
print(sys.getsizeof(list(reversed([1, 2, 3]))), sys.getsizeof("a b c d".split()))
