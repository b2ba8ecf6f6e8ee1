# dir(), __dir__, __sizeof__, and vars().
class A:
    x = 1

    def m(self):
        pass


class B(A):
    y = 2


b = B()
b.z = 3
names = dir(b)
print([n for n in names if not n.startswith('__')])
print('__init__' in names, '__class__' in names, '__dict__' in names)
print([n for n in dir(B) if not n.startswith('__')])


class Custom:
    def __dir__(self):
        return ['b', 'a', 'c']


print(dir(Custom()))
print(object().__sizeof__(), (1).__sizeof__() > 0)


class S:
    __slots__ = ('a', 'b', 'c')


print(S().__sizeof__())
print(sorted(vars(b).items()))
try:
    vars(1)
except TypeError as e:
    print('TypeError', e)
print('__eq__' in dir(object), len(dir(object)) > 20)
print(sorted(set(dir(int)) & {'real', 'imag', 'bit_length', '__add__'}))
