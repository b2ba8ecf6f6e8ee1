# Iterator protocol: __iter__ and __next__ on classes.
class Count:
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


print(list(Count(3)), sum(Count(4)))
it = iter(Count(2))
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)


class Bad:
    def __iter__(self):
        return 1


try:
    iter(Bad())
except TypeError as e:
    print('TypeError', e)


class NotIter:
    __iter__ = None


try:
    iter(NotIter())
except TypeError as e:
    print('TypeError', e)


class Gen:
    def __iter__(self):
        yield 1
        yield 2


print(list(Gen()), [x * 2 for x in Gen()])
a, b = Gen()
print(a, b)


class NoNext:
    def __iter__(self):
        return self


try:
    iter(NoNext())
except TypeError as e:
    print('TypeError', e)
c = Count(3)
print(c.__next__(), c.__iter__() is c)
print(list(zip(Count(3), Count(5))))
print(dict.fromkeys(Count(2)))
