# dunder methods of str
s = "abc"
print(s.__len__(), s.__contains__("b"), s.__getitem__(1), s.__add__("d"), s.__mul__(2), s.__rmul__(3))
print(s.__eq__("abc"), s.__ne__("abc"), s.__lt__("abd"), s.__eq__(1), s.__hash__() == hash(s))
print(s.__str__(), s.__repr__(), s.__format__(">5"), s.__getnewargs__(), s.__mod__(()))
print(str.__len__("xy"), str.__getitem__("xy", -1), str.lower("ABC"), str.format("{}", 1))
print(type(s.__iter__()).__name__, s.__sizeof__(), s.__class__ is str, str.__name__, str.__qualname__)
print("%s" in dir(str) or "format" in dir(str), hasattr(str, "maketrans"), callable(str.maketrans))
print(str.__doc__.splitlines()[0])
for f in (lambda: s.__format__(1), lambda: s.__getitem__("x"), lambda: s.__add__(), lambda: s.__add__(1)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
