print(range(0) == range(0), range(0) == range(1, 1), range(0) == range(5, 2, 3))
print(range(1, 2) == range(1, 3, 5), range(1, 2) == range(1, 2, -1), range(2, 1, -1) == range(2, 3))
print(range(0, 6, 2) == range(0, 5, 2), range(0, 6, 2) == range(0, 7, 2), range(0, 6, 2) == range(0, 6, 3))
print(range(3) == [0, 1, 2], range(3) != (0, 1, 2), range(2**70) == range(2**70))
print(hash(range(0)) == hash(range(4, 4)), hash(range(1, 2)) == hash(range(1, 2, 3)), hash(range(3)) == hash(range(0, 3, 1)))
print(hash(range(1, 5)), hash(range(0, 10, 2)), hash(range(-5, 5, 3)))
s = {range(3), range(0, 3), range(0), range(1, 1)}
print(len(s))
d = {range(5): 'five'}
print(d[range(0, 5, 1)])
for op in ('<', '<=', '>', '>='):
    try:
        eval('range(1) %s range(2)' % op)
    except TypeError as e:
        print('TypeError', e)
