# Counter arithmetic: + - | & and unary, in-place variants keep only positive counts.
from collections import Counter

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+Counter(a=-2, b=3, c=0), -Counter(a=-2, b=3))
x = Counter(a=3, b=1)
x += Counter(b=-5, c=2)
print(x)
x -= Counter(a=1)
print(x)
x |= Counter(a=9, z=-1)
print(x)
x &= Counter(a=4, c=1)
print(x)
print(Counter('hello') + Counter('world'))
print((Counter('aaa') - Counter('a')).most_common())
try:
    Counter() + {'a': 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(Counter())
except TypeError as e:
    print(type(e).__name__, e)
print(sum([Counter('ab'), Counter('bc')], Counter()))
