def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
t(lambda: next(it))
t(lambda: next([]))
t(lambda: next())
t(lambda: next(it, 1, 2))
t(lambda: iter(1))
t(lambda: iter())
d = iter({'a': 1, 'b': 2})
print(next(d), next(d))
s = iter('xy')
print(next(s), list(s))
print(iter(it) is it, type(iter(())).__name__, type(iter('')).__name__, type(iter(range(1))).__name__)
class It:
    def __iter__(self):
        return iter([7, 8])
print(list(It()), next(iter(It())))
class BadIter:
    def __iter__(self):
        return 5
t(lambda: iter(BadIter()))
t(lambda: list(BadIter()))
def gen():
    yield 1
    return 'rv'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
