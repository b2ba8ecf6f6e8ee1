# Exception objects as values: equality, identity, dict, reuse, args types.
a = ValueError('x')
b = ValueError('x')
print(a == b, a == a, a != b, hash(a) == hash(a))
d = {a: 1}
print(d[a])
a.extra = [1, 2]
print(a.extra, a.__dict__)
errors = [ValueError, TypeError, KeyError]
print([e.__name__ for e in errors], [e('m').args for e in errors])
for i in range(2):
    try:
        raise a
    except ValueError as caught:
        print(caught is a, i)
print(ValueError.__doc__ is not None, BaseException.__doc__ is not None)
print(type(ValueError('x').args).__name__, ValueError([1]).args[0])
print(str(ValueError(('t', 1))), repr(ValueError(('t', 1))))
print(str(Exception('a', 'b')), repr(Exception('a', 'b')))
print(repr(Exception(Exception('nested'))))
print(isinstance(a, (TypeError, ValueError)), issubclass(ValueError, (int, Exception)))
print(BaseException.__new__(ValueError).args, repr(Exception.__new__(KeyError, 1, 2)))
