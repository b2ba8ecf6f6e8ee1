# __context__, __cause__, __suppress_context__, raise from.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during')
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError as k:
        raise TypeError('from') from k
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('none') from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
e = Exception()
print(e.__context__, e.__cause__, e.__traceback__, e.__suppress_context__)
e.__cause__ = KeyError(1)
print(e.__suppress_context__, repr(e.__cause__))
e.__cause__ = None
e.__context__ = ValueError()
print(repr(e.__context__))
for bad in ['__cause__', '__context__']:
    try:
        setattr(e, bad, 5)
    except TypeError as ex:
        print('TypeError', ex)
    try:
        delattr(e, bad)
    except TypeError as ex:
        print('TypeError', ex)
try:
    e.__traceback__ = 5
except TypeError as ex:
    print('TypeError', ex)
e.__suppress_context__ = True
print(e.__suppress_context__)
