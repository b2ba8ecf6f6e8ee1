# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Box:
    def __init__(self):
        self.data = {}

    def __len__(self):
        return len(self.data)

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __contains__(self, k):
        return k in self.data

    def __iter__(self):
        return iter(sorted(self.data))


b = Box()
b['x'] = 1
b['y'] = 2
print(len(b), b['x'], 'x' in b, 'z' in b, 'z' not in b, list(b))
del b['x']
print(len(b), list(b), bool(b))
try:
    b['nope']
except KeyError as e:
    print('KeyError', e)


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10


print(list(Seq()), 20 in Seq(), 25 in Seq())
for v in Seq():
    print(v, end=' ')
print()


class Sliced:
    def __getitem__(self, k):
        return k


s = Sliced()
print(s[1:2], s[::3], s[1, 2], s[...])


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print('ValueError', e)


class StrLen:
    def __len__(self):
        return 'x'


try:
    len(StrLen())
except TypeError as e:
    print('TypeError', e)


class HugeLen:
    def __len__(self):
        return 2 ** 70


try:
    len(HugeLen())
except OverflowError as e:
    print('OverflowError', e)


class NoContains:
    def __iter__(self):
        return iter([1, 2, 3])


print(2 in NoContains(), 5 in NoContains())


class NotContainer:
    __contains__ = None


try:
    1 in NotContainer()
except TypeError as e:
    print('TypeError', e)
try:
    Box()[0] = Box()
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
