# None, NotImplemented, Ellipsis and their types.
print(repr(None), str(None), bool(None), type(None).__name__, type(None)() is None)
print(repr(NotImplemented), type(NotImplemented).__name__, type(NotImplemented)() is NotImplemented)
print(repr(Ellipsis), repr(...), ... is Ellipsis, type(...).__name__, type(...)() is ...)
try:
    type(None)(1)
except TypeError as e:
    print('TypeError', e)
try:
    type(...)(x=1)
except TypeError as e:
    print('TypeError', e)
print(None == None, None is None, None != 0, hash(None) == hash(None))
print(bool(...), str(...), [None, ..., NotImplemented])
try:
    None.x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    None.foo
except AttributeError as e:
    print('AttributeError', e)
try:
    class N(type(None)):
        pass
except TypeError as e:
    print('TypeError', e)
print(None.__class__, None.__eq__(None), None.__ne__(1), None.__bool__())
print({None: 1, ...: 2}[...], len({None, None}))
