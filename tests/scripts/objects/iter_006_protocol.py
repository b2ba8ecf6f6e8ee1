class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(3)), sum(Counter(4)), max(Counter(5)), sorted(Counter(3), reverse=True))
print(list(zip(Counter(2), Counter(5))), list(enumerate(Counter(2))), list(map(str, Counter(2))))
print(tuple(Counter(3)), any(Counter(0)), all(Counter(0)), 2 in Counter(3), 5 in Counter(3))
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(4)), list(filter(None, gen(4))), list(reversed(list(gen(3)))))
g = gen(3)
print(next(g), next(g), next(g), next(g, 'done'))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', repr(e))
try:
    next([1])
except TypeError as e:
    print('TypeError', e)
try:
    next(1, 2)
except TypeError as e:
    print('TypeError', e)
class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
try:
    next(StopWithValue())
except StopIteration as e:
    print('StopIteration', e.value)
print(next(StopWithValue(), 'dflt'))
a, *b = Counter(4)
print(a, b)
print([x for x in Counter(3)], {x: x for x in Counter(2)})
