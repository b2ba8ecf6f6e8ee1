# functools.reduce with and without an initial value, and its errors.
from functools import reduce
import operator

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 8)))
print(reduce(operator.add, ['a', 'b', 'c'], '>'))
print(reduce(lambda a, b: a + b, [], 0))
print(reduce(lambda a, b: a + b, [5]))
print(reduce(lambda acc, x: acc + [x * 2], (1, 2, 3), []))
print(reduce(max, iter([3, 9, 2])))
print(reduce(lambda a, b: a, [], None))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(lambda a, b: a + b, [1, 'x'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(lambda a: a, [1, 2])
except TypeError as e:
    print(type(e).__name__)
try:
    reduce(operator.add)
except TypeError as e:
    print(type(e).__name__)
