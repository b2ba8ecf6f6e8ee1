# StopIteration values, generator returns and RuntimeError conversion.
def gen():
    yield 1
    return 'result'


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value, e.args)


def outer():
    r = yield from gen()
    print('yield from got', r)
    yield 2


print(list(outer()))


def bad():
    yield 1
    raise StopIteration('leak')


try:
    list(bad())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
it = iter([])
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
print(next(iter([]), 'default'))
s = StopIteration(1, 2)
print(s.value, s.args)
s.value = 9
print(s.value, s.args)
