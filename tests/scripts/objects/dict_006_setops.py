# set operations on keys and items views
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'z': 3, 'w': 4}
ka, kb = a.keys(), b.keys()
print(ka & kb, ka | kb, ka - kb, kb - ka, ka ^ kb)
print(sorted(ka & kb), sorted(ka | kb), sorted(ka ^ kb))
ia, ib = a.items(), b.items()
print(sorted(ia & ib), sorted(ia | ib), sorted(ia - ib), sorted(ia ^ ib))
print(ka & {'x', 'q'}, ka | ['q'], ka - ('x',), ka ^ {'x': 0})
print({'x', 'q'} & ka, {'q'} | ka == {'q', 'x', 'y', 'z'}, ['x', 'y'] - ka if False else 0)
print(ka == {'x', 'y', 'z'}, ka != {'x'}, ka < {'x', 'y', 'z', 'w'}, ka <= {'x', 'y', 'z'})
print(ka > {'x'}, ka >= {'x', 'y', 'z'}, ka == kb, ka == ['x', 'y', 'z'])
print(ia == {('x', 1), ('y', 2), ('z', 3)}, ia < ib)
print(ka.isdisjoint(['q']), ka.isdisjoint({'x'}), ka.isdisjoint(kb), ka.isdisjoint(ka))
print(ia.isdisjoint([('x', 1)]), ia.isdisjoint(ib))
print(type(ka & kb).__name__, type(ka | ['q']).__name__)
print({}.keys() & {1}, {}.keys().isdisjoint({}.keys()))
print({1: 2}.items() ^ {1: 2}.items(), {1: 2}.items() ^ {1: 3}.items() == {(1, 2), (1, 3)})
v = a.values()
try:
    v & v
except TypeError as e:
    print(type(e).__name__, e)
try:
    ka & 5
except TypeError as e:
    print(type(e).__name__, e)
print(v == a.values(), v == v)
