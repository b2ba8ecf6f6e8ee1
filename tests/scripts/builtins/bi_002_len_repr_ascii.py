def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(len([1, 2]), len(''), len('héllo'), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(5)), len(b'ab'))
class L:
    def __len__(self):
        return 7
print(len(L()))
t(lambda: len(1))
t(lambda: len(None))
t(lambda: len())
class Neg:
    def __len__(self):
        return -1
t(lambda: len(Neg()))
print(repr(1), repr('a'), repr("it's"), repr([1, 'b']), repr(None), repr(1.5), repr(b'x'))
print(ascii('é'), ascii('abc'), ascii(['ü', 'x']), ascii('日本'), ascii('\U0001F600'))
class R:
    def __repr__(self):
        return 'Rü'
print(repr(R()), ascii(R()), str(R()))
t(lambda: repr())
