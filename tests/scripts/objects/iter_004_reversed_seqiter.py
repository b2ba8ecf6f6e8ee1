print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
    def __len__(self):
        return 4
print(list(Seq()), list(reversed(Seq())), 20 in Seq(), 25 in Seq())
it = iter(Seq())
print(type(it).__name__, next(it), it.__length_hint__())
r = reversed(Seq())
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
class OnlyGet:
    def __getitem__(self, i):
        if i > 2:
            raise StopIteration
        return chr(97 + i)
print(list(OnlyGet()), ''.join(OnlyGet()))
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 1
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: reversed(NoRev()))
t(lambda: reversed(1))
t(lambda: reversed({1, 2}))
t(lambda: reversed())
t(lambda: reversed([], []))
t(lambda: reversed(OnlyGet()))
t(lambda: iter(5))
t(lambda: iter(None))
class Bad:
    def __getitem__(self, i):
        raise KeyError(i)
t(lambda: list(Bad()))
print(list(reversed({'a': 1, 'b': 2})))
