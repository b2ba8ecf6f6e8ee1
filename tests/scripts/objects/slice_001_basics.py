s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, 2), slice('a', [1], None))
print(s == slice(1, 10, 2), s != slice(1, 10, 3), slice(1, 2) < slice(1, 3), slice(0) <= slice(0))
print(slice(1, 2, 3).indices(10), slice(None).indices(5), slice(None, None, -1).indices(5))
print(slice(-3, None).indices(10), slice(-100, 100).indices(7), slice(10, -10, -2).indices(7))
print(slice(5, None, None).indices(3), slice(None, -1, -1).indices(4), slice(2**70, None).indices(5))
print(slice(1, 2).indices(2**70), slice(-2**70, 2**70, 3).indices(10))
a = list(range(10))
print(a[s], a[slice(None, None, -2)], 'abcdef'[slice(1, None, 2)], (1, 2, 3)[slice(2)])
class I:
    def __index__(self):
        return 2
print(a[I():], a[:I()], a[::I()], slice(I(), I()).indices(10))
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: hash(slice(1)))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(1, x=1))
t(lambda: slice(1, 2, 0).indices(5))
t(lambda: slice(1, 2).indices(-1))
t(lambda: slice(1, 2).indices('a'))
t(lambda: slice('a', 2).indices(3))
t(lambda: a[1:2:0])
t(lambda: a['x':])
t(lambda: a[:1.5])
d = {}
t(lambda: d.__setitem__(slice(1), 1))
print(a[2**100:], a[-2**100:3], a[::2**100], a[::-2**100])
