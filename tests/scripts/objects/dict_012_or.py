# | and |= on dicts
a = {'x': 1, 'y': 2}
b = {'y': 3, 'z': 4}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, a, c is a)
c |= [('w', 0)]
print(c)
c |= {}
print(c)
try:
    a | [('q', 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [('q', 1)] | a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a |= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | 5
except TypeError as e:
    print(type(e).__name__, e)
print(a.__or__(5), a.__ror__({'r': 1}))
print({} | {}, {1: 1} | {1: 2})
