# itertools.chain, chain.from_iterable and islice (including how much input islice consumes).
from itertools import chain, islice

print(list(chain('ab', [1, 2], (3,))), list(chain()), list(chain([], '')))
print(list(chain.from_iterable(['xy', 'z'])), list(chain.from_iterable([[1], [], [2, 3]])))


def gen():
    print('gen started')
    yield from ['g1', 'g2']


lazy = chain.from_iterable([gen()])
print('created')
print(list(lazy))
print(list(islice('abcdefg', 3)), list(islice('abcdefg', 2, None)))
print(list(islice('abcdefg', 0, 6, 2)), list(islice('abc', None)), list(islice('abc', 1, None, None)))
print(list(islice(range(10), 2, 8, 3)), list(islice('ab', 5)), list(islice('abc', 5, 9)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 5)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 4, 4)), next(it))
it = iter(range(10))
print(list(islice(it, 0)), next(it))
ch = chain('ab', 'cd')
print(next(ch), list(islice(ch, 2)), list(ch))
print(type(chain()).__name__, isinstance(islice('', 1), islice))
