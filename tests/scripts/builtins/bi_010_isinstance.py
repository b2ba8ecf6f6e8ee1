def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance('a', (int, str)))
print(isinstance(1, (float, (str, int))), isinstance(None, type(None)), isinstance(int, type), isinstance(1, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(int, int))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(B, (int, A)), issubclass(A, ()))
print(isinstance(1, ()), isinstance([], (list, tuple)), isinstance(KeyError(), LookupError))
t(lambda: isinstance(1, 2))
t(lambda: isinstance(1, (int, 2)))
t(lambda: isinstance(1))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: issubclass(int))
t(lambda: isinstance(1, [int]))
