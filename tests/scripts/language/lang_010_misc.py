x = 10000
y = 10000
print(x is y)
def f():
    return 10000
print(f() is x)
print(1.5 is 1.5)
s = 'hel' + 'lo'
print(s, 'ab' * 3, 2 ** 10, -5, (1, 2) + (3,))
print(f'{x}!r {s!r} {3.14159:.2f} {x:>8} {"nested"}')
name = 'w'
print(f'{name=}' if False else f'{name}')
a = [1, 2, 3, 4, 5]
print(a[1:3], a[::-1], a[::2], a[-1])
del a[0]
del a[1:3]
print(a)
d = {'k': 1}
del d['k']
print(d)
class O: pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
v = 5
del v
try:
    v
except NameError as e:
    print(e)
assert True
try:
    assert 1 == 2, 'message'
except AssertionError as e:
    print('assert', e)
try:
    assert False
except AssertionError as e:
    print('assert empty', e.args)
print((lambda: (yield))().__class__.__name__)
if __name__ == "__main__":
    print('main')
import sys
from sys import maxsize as m
print(m == sys.maxsize)
print('%s-%d' % ('a', 5))
i = 0
i += 1; i *= 3; i -= 1; i //= 2; i **= 3
print(i)
l = [1]
l[0] += 5
print(l)
