# | & - ^ on sets and frozensets
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
fa, fb = frozenset(a), frozenset(b)
print(fa | fb, fa & fb, fa - fb, fa ^ fb)
print(a | fb, fa | b, type(a | fb).__name__, type(fa | b).__name__)
print(type(fa & b).__name__, type(a - fb).__name__, type(fa ^ b).__name__)
print(a | set(), set() & a, a - a, a ^ a, a | a, a & a)
for op in ['|', '&', '-', '^']:
    try:
        eval('a ' + op + ' [1, 2]')
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [1] | a
except TypeError as e:
    print(type(e).__name__, e)
try:
    fa | 3
except TypeError as e:
    print(type(e).__name__, e)
big = set(range(100))
small = {5, 50, 500}
print(big & small, small & big, small - big, len(big - small), small ^ {5})
print({'a', 'b'} | {'c'}, {'x'} ^ {'y'})
