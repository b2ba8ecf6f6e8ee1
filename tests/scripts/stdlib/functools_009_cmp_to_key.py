# functools.cmp_to_key turns an old-style comparison function into a key.
from functools import cmp_to_key


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(max([3, 1, 2], key=cmp_to_key(lambda a, b: a - b)))
print(min(words, key=cmp_to_key(by_length_then_alpha)))
K = cmp_to_key(lambda a, b: a - b)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 <= k2, k2 >= k1, k1.obj)
try:
    hash(k1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 'a'], key=cmp_to_key(lambda a, b: a - b))
except TypeError as e:
    print(type(e).__name__, e)
