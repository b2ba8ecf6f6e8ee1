# Lists made by displays are exactly sized: 56 + 8 per item.
import sys
a, b, c = 1, 2, 3
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([a, b]), sys.getsizeof([1, 2, 3]))
print(sys.getsizeof([a, b, c, a, b, c, a, b, c, a]))
print(sys.getsizeof(list()), sys.getsizeof([[], []]), sys.getsizeof([*range(4)]))
print([].__sizeof__(), [1, 2].__sizeof__())
