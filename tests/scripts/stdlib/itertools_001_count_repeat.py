# itertools.count, repeat and cycle: values, reprs and errors.
from itertools import count, repeat, cycle, islice

c = count(5)
print(next(c), next(c), c)
print(count(), count(1, 2), count(0.5, 0.25), count(2, 1.0), count(-3), count(10, -1))
print(list(islice(count(), 5)), list(islice(count(1, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(zip('abc', count(1))))
for bad in ['a', None]:
    try:
        count(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    count(1, 'x')
except TypeError as e:
    print(type(e).__name__, e)
r = repeat('a', 3)
print(r, list(r), r, repeat(None), repeat([1], 0))
print(list(repeat(1, -2)), list(map(pow, range(4), repeat(2))))
print(list(islice(repeat('z'), 4)))
try:
    repeat('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
print(list(islice(cycle('ab'), 5)), list(cycle([])), list(islice(cycle(range(3)), 7)))
print(type(count()), type(repeat(1)).__name__, iter(c) is c)
