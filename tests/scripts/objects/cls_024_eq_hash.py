# __eq__ without __hash__ makes a class unhashable; inheritance of __hash__.
class A:
    def __eq__(self, o):
        return True


print(A.__hash__)
try:
    {A()}
except TypeError as e:
    print('TypeError', e)


class B(A):
    __hash__ = object.__hash__


print(len({B(), B()}), B.__hash__ is object.__hash__)


class C(A):
    def __hash__(self):
        return 7


print(hash(C()), {C(): 1}[C()])


class D(C):
    def __eq__(self, o):
        return False


try:
    hash(D())
except TypeError as e:
    print('TypeError', e)


class E:
    __hash__ = None


try:
    hash(E())
except TypeError as e:
    print('TypeError', e)


class F:
    pass


f = F()
print(hash(f) == hash(f), f.__hash__() == hash(f))


class G(list):
    pass


try:
    hash(G())
except TypeError as e:
    print('TypeError', e)


class H(list):
    def __hash__(self):
        return 1


print(hash(H()))
print(type(A.__dict__['__hash__']).__name__, '__hash__' in B.__dict__)
