# in-place operators and update methods
s = {1, 2, 3}
t = s
s |= {4, 5}
print(s, t is s)
s &= {1, 2, 4, 9}
print(s, t is s)
s -= {2}
print(s, t is s)
s ^= {4, 7}
print(s, t is s)
try:
    s |= [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s &= (1,)
except TypeError as e:
    print(type(e).__name__, e)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g, type(f).__name__)
f &= {1, 3}
print(f, g)
s = {1, 2, 3}
s.update([4], (5,), {6: 0}, 'ab')
print(s)
s.intersection_update({1, 2, 3, 'a', 'b'}, [1, 'a', 'b', 'c'])
print(s)
s.difference_update(['a'], {1})
print(s)
s.symmetric_difference_update(['b', 'q'])
print(s)
s.symmetric_difference_update({'z': 1})
print(s)
s = set(range(10))
s.intersection_update()
print(s)
s.update()
s.difference_update()
print(s)
s = set(range(100))
s -= set(range(90))
print(s, len(s))
s = {1, 2}
s ^= s
print(s)
s = {1, 2}
s -= s
print(s)
