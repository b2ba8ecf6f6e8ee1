def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class C:
    def __call__(self):
        return 'called'
    def m(self):
        pass
print(callable(len), callable(C), callable(C()), callable(C().m), callable(1), callable('a'), callable(lambda: 0))
print(callable(None), callable(int), callable(print))
a = []
b = a
print(id(a) == id(b), id(a) == id([]) if False else id(a) != id(1), type(id(a)).__name__, id(None) == id(None))
print(hash(1), hash(-1), hash(0), hash(True), hash(2**61 - 1), hash(2**61), hash(-2**61))
print(hash(1.0), hash(1.5), hash(-0.5), hash('') , hash(()), hash(None) == hash(None))
print(hash('abc') == hash('abc'), hash((1, 'a')) == hash((1, 'a')), hash(frozenset()) == hash(frozenset()))
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class Big:
    def __hash__(self):
        return 2**70
print(hash(Big()))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash({1}))
t(lambda: hash(([], 1)))
class NoHash:
    __hash__ = None
t(lambda: hash(NoHash()))
class BadHash:
    def __hash__(self):
        return 'x'
t(lambda: hash(BadHash()))
t(lambda: callable())
t(lambda: id())
