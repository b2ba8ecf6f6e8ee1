# type() with one and three arguments; dynamic classes.
print(type(1), type('a'), type(None), type(type), type(int))
T = type('T', (), {'a': 1, 'f': lambda self: self.a + 1})
t = T()
print(T.__name__, T.a, t.f(), T.__bases__, T.__module__)
U = type('U', (T,), {})
print(U().f(), U.__mro__[1] is T)
for args in [(), (1, 2), ('n', (), {}, 1)]:
    try:
        type(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    type(1, (), {})
except TypeError as e:
    print('TypeError', e)
try:
    type('x', [], {})
except TypeError as e:
    print('TypeError', e)
try:
    type('x', (), [])
except TypeError as e:
    print('TypeError', e)
print(isinstance(T, type), isinstance(type, type), isinstance(type, object))
print(issubclass(type, object), issubclass(T, object))
V = type('V', (int,), {})
print(V(5) + 1, isinstance(V(3), int), type(V(3)).__name__)
print(type.__name__, type.__qualname__, object.__name__)


class Meta(type):
    pass


print(Meta.__mro__)
W = type('W', (), {'__doc__': 'hello', '__qualname__': 'Outer.W'})
print(W.__doc__, W.__qualname__, W.__name__)
try:
    type('Q', (), {'__qualname__': 5})
except TypeError as e:
    print('TypeError', e)
