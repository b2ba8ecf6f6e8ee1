class MyMap(map):
    pass
class MyFilter(filter):
    pass
class MyZip(zip):
    def extra(self):
        return 'extra'
class MyRev(reversed):
    pass
print(list(MyMap(str, [1, 2])), list(MyFilter(None, [0, 1])), MyZip('a', 'b').extra(), list(MyZip('ab', 'cd')))
print(list(MyRev([1, 2, 3])), type(MyRev([1])).__name__, isinstance(MyMap(str, []), map))
class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 100, v
print(list(E('xyz')))
class L(list):
    def __iter__(self):
        return iter(['overridden'])
print(list(L([1, 2])), [x for x in L([1])], sorted(L([3, 1])))
class T(tuple):
    def __len__(self):
        return 99
print(len(T((1,))), list(T((1, 2))))
