# collections.OrderedDict: order operations, order-sensitive equality, repr.
from collections import OrderedDict

od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(k=1))
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b, a == dict(b), dict(a) == b, a == OrderedDict(a))
print(list(reversed(a)), a.copy(), type(a.copy()).__name__)
print(OrderedDict.fromkeys('abc', 0))
a['x'] = 10
print(a)
del a['x']
a['x'] = 5
print(a)
a.update({'z': 0}, w=1)
print(a, a | {'q': 1})
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    a.move_to_end('missing')
except KeyError as e:
    print(type(e).__name__, e)
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__)
r = OrderedDict()
r['self'] = r
print(r)
print(isinstance(a, dict), type(a))
