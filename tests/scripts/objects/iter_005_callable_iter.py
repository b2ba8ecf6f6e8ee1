n = [0]
def counter():
    n[0] += 1
    return n[0]
it = iter(counter, 4)
print(type(it).__name__, iter(it) is it, list(it), list(it))
data = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(data), '')))
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
vals = iter([1, 2, 3])
def boom():
    v = next(vals)
    if v == 3:
        raise ValueError('three')
    return v
try:
    print(list(iter(boom, 99)))
except ValueError as e:
    print('ValueError', e)
try:
    iter(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    iter()
except TypeError as e:
    print('TypeError', e)
try:
    iter([], 1, 2)
except TypeError as e:
    print('TypeError', e)
class Eq:
    def __eq__(self, other):
        return other == 2
k = iter([1, 2, 3]).__next__
print(list(iter(k, Eq())))
