print(type(5), type(2**100), int, int.__name__, int.__mro__)
print(isinstance(5, int), isinstance(5.0, int), isinstance(True, int), isinstance(5, (str, int)))
print(int.__base__.__name__, issubclass(int, object), type(int).__name__)
print((5).__class__, (5).__class__ is int)
print(callable(int), int("7"), int.__doc__.splitlines()[0])
print(hasattr(5, "bit_length"), hasattr(5, "__add__"), hasattr(5, "foo"))
try:
    (5).foo
except AttributeError as e:
    print(e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__)
try:
    int.bit_length("x")
except TypeError as e:
    print(type(e).__name__)
print(sorted(n for n in dir(5) if not n.startswith("_"))[:12])
