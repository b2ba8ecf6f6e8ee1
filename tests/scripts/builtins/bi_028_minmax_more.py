words = ['pear', 'fig', 'banana', 'kiwi']
print(max(words), min(words), max(words, key=len), min(words, key=len), max(*words, key=lambda w: w[-1]))
print(max('a', 'b', 'c', key=None), min([3, 1, 2], default=0), max({1: 'a', 5: 'b'}), min({'x': 1, 'y': 0}, key=lambda k: {'x': 1, 'y': 0}[k]))
print(max([1, 1.0]), max([1.0, 1]), min([True, 1]), min([1, True]))
print(max([(1, 'a'), (1, 'b')], key=lambda p: p[0]), min([(1, 'a'), (1, 'b')], key=lambda p: p[0]))
print(max(range(3), default=-1), min(iter([]), default='none'))
def k(x):
    raise ValueError('key failed')
try:
    max([1, 2], key=k)
except ValueError as e:
    print('ValueError', e)
try:
    max([1], key=k)
except ValueError as e:
    print('ValueError', e)
class C:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __lt__(self, o):
        return self.v < o.v
print(max(C(1), C(3), C(2)).v, min([C(5), C(4)]).v)
