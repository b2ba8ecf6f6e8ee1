# functools.partial: attributes, calls, keyword merging, flattening, repr and errors.
from functools import partial


def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod


sq = partial(power, exp=2)
cube = partial(power, exp=3)
print(sq(5), cube(2), cube(2, exp=4), sq(3, mod=4))
print(sq.func is power, sq.args, sq.keywords)
two = partial(power, 2)
print(two(10), two.args, two.keywords)
print(partial(max, 3)(1, 2), partial(max, 3, key=abs)(-5))
p = partial(max, 1, key=abs)
print(repr(p))
p2 = partial(p, 7)
print(repr(p2), p2.func, p2.args, p2(-9))
print(repr(partial(print, sep='-')))
print(repr(partial(sorted)))
try:
    partial(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial()
except TypeError as e:
    print(type(e).__name__)
try:
    sq()
except TypeError as e:
    print(type(e).__name__, e)
p.note = 'hi'
print(p.note, p.__dict__)


class MyPartial(partial):
    pass


mp = MyPartial(power, 3)
print(mp(), type(mp).__name__, isinstance(mp, partial))
print(list(map(partial(int, base=2), ['101', '11'])))
print(sorted(['b', 'A', 'c'], key=partial(str.lower)))
