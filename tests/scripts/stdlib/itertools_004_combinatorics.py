# product, permutations, combinations and combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', range(2))))
print(list(product([1, 2], repeat=2)))
print(list(product()), list(product('a', [])), len(list(product('abc', repeat=3))))
print(list(product('ab', 'xy', repeat=1)))
print(list(permutations('abc', 2)))
print(list(permutations([1, 2, 3])))
print(len(list(permutations(range(5)))), list(permutations('ab', 3)), list(permutations('', 0)))
print(list(combinations('abcd', 2)))
print(list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(sum(1 for _ in combinations(range(10), 4)))
for bad in [lambda: permutations('a', -1), lambda: combinations('a', -1),
            lambda: combinations_with_replacement('a', -2), lambda: product('a', repeat=-1)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    combinations('abc')
except TypeError as e:
    print(type(e).__name__)
