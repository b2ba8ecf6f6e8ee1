# islice argument errors, with CPython's messages.
from itertools import islice, chain

cases = [(-1,), (-2,), (1, -2), (0, 5, 0), ('a',), (-1, 5), ('a', 5), (1.5,), (0, 2, -1), (0, 'x'), (0, 2, 'y'), (None, None, None)]
for args in cases:
    try:
        islice('abc', *args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    islice('abc', 1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    islice('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    islice(5, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(chain(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
